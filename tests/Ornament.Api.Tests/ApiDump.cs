using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Ornament.Api.Tests;

/// <summary>Writes every public (and protected) type and member of an assembly as one sorted line each, in a C#-like
/// notation, so that a change of the public surface shows up as a line diff against the committed baseline.</summary>
internal static class ApiDump
{
    private const BindingFlags Members = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static IReadOnlyList<string> Lines(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var t in assembly.GetExportedTypes())
        {
            string tn = TypeName(t);
            lines.Add(TypeHeader(t));
            foreach (var m in t.GetMembers(Members))
            {
                if (Describe(m) is { } d)
                {
                    lines.Add(tn + " :: " + d);
                }
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static bool Visible(MethodBase? m) => m is not null && (m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly);

    private static string? Describe(MemberInfo m)
    {
        switch (m)
        {
            case ConstructorInfo c when Visible(c):
                return $"{Access(c)}{(c.IsStatic ? "static " : "")}.ctor({Parameters(c.GetParameters())})";
            case MethodInfo mi when Visible(mi) && !mi.IsSpecialName && !mi.Name.StartsWith('<'):
                return $"{Access(mi)}{Modifiers(mi)}{TypeName(mi.ReturnType)} {mi.Name}{Generic(mi)}({Parameters(mi.GetParameters())})";
            case MethodInfo op when Visible(op) && op.IsSpecialName && op.Name.StartsWith("op_", StringComparison.Ordinal):
                return $"{Access(op)}static {TypeName(op.ReturnType)} {op.Name}({Parameters(op.GetParameters())})";
            case PropertyInfo p when Visible(p.GetMethod) || Visible(p.SetMethod):
                var acc = new StringBuilder();
                if (Visible(p.GetMethod))
                {
                    acc.Append("get; ");
                }

                if (Visible(p.SetMethod))
                {
                    bool init = p.SetMethod!.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
                    acc.Append(init ? "init; " : "set; ");
                }

                var getter = Visible(p.GetMethod) ? p.GetMethod! : p.SetMethod!;
                var idx = p.GetIndexParameters();
                string name = idx.Length > 0 ? $"this[{Parameters(idx)}]" : p.Name;
                return $"{Access(getter)}{Modifiers(getter)}{TypeName(p.PropertyType)} {name} {{ {acc}}}";
            case FieldInfo f when (f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly) && !f.IsSpecialName:
                string value = f.IsLiteral ? " = " + Literal(f.GetRawConstantValue()) : "";
                string kind = f.IsLiteral ? "const " : (f.IsStatic ? "static " : "") + (f.IsInitOnly ? "readonly " : "");
                return $"{(f.IsPublic ? "public " : "protected ")}{kind}{TypeName(f.FieldType)} {f.Name}{value}";
            case EventInfo e when Visible(e.AddMethod):
                return $"{Access(e.AddMethod!)}event {TypeName(e.EventHandlerType!)} {e.Name}";
            default:
                return null;
        }
    }

    private static string Access(MethodBase m) => m.IsPublic ? "public " : "protected ";

    private static string Modifiers(MethodInfo m)
    {
        if (m.IsStatic)
        {
            return "static ";
        }

        if (m.IsAbstract)
        {
            return "abstract ";
        }

        if (m.IsVirtual && !m.IsFinal)
        {
            return m.GetBaseDefinition() == m ? "virtual " : "override ";
        }

        return m.IsVirtual && m.GetBaseDefinition() != m ? "override " : "";
    }

    private static string Generic(MethodInfo m) =>
        m.IsGenericMethodDefinition ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">" : "";

    private static string TypeHeader(Type t)
    {
        string kind = t.IsEnum ? "enum" : t.IsInterface ? "interface" : t.IsValueType ? "struct" : typeof(Delegate).IsAssignableFrom(t) ? "delegate" : "class";
        string mods = "";
        if (t.IsClass && !typeof(Delegate).IsAssignableFrom(t))
        {
            mods = t.IsAbstract && t.IsSealed ? "static " : t.IsAbstract ? "abstract " : t.IsSealed ? "sealed " : "";
        }

        if (t.IsValueType && t.GetCustomAttributes().Any(a => a.GetType().Name == "IsReadOnlyAttribute"))
        {
            mods += "readonly ";
        }

        var bases = new List<string>();
        if (t.IsEnum)
        {
            bases.Add(TypeName(Enum.GetUnderlyingType(t)));
        }
        else if (t.BaseType is { } b && b != typeof(object) && b != typeof(ValueType))
        {
            bases.Add(TypeName(b));
        }

        if (!t.IsEnum)
        {
            bases.AddRange(t.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(TypeName).Order(StringComparer.Ordinal));
        }

        string members = t.IsEnum
            ? " { " + string.Join(", ", Enum.GetNames(t).Select(n => n + " = " + Convert.ToString(Convert.ChangeType(Enum.Parse(t, n), Enum.GetUnderlyingType(t), CultureInfo.InvariantCulture), CultureInfo.InvariantCulture))) + " }"
            : "";
        return $"public {mods}{kind} {TypeName(t)}{(bases.Count > 0 ? " : " + string.Join(", ", bases) : "")}{members}";
    }

    private static string Parameters(ParameterInfo[] ps) => string.Join(", ", ps.Select(p =>
    {
        var sb = new StringBuilder();
        var type = p.ParameterType;
        if (type.IsByRef)
        {
            sb.Append(p.IsOut ? "out " : p.IsIn ? "in " : "ref ");
            type = type.GetElementType()!;
        }

        if (p.GetCustomAttributes(typeof(ParamArrayAttribute), false).Length > 0)
        {
            sb.Append("params ");
        }

        sb.Append(TypeName(type)).Append(' ').Append(p.Name);
        if (p.HasDefaultValue)
        {
            // A defaulted struct (CancellationToken ct = default) has no raw value: write what the source says.
            bool structDefault = p.RawDefaultValue is null && type.IsValueType && Nullable.GetUnderlyingType(type) is null;
            sb.Append(" = ").Append(structDefault ? "default" : Literal(p.RawDefaultValue));
        }

        return sb.ToString();
    }));

    private static string Literal(object? v) => v switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => v.ToString() ?? "?",
    };

    internal static string TypeName(Type t)
    {
        if (t.IsByRef)
        {
            return TypeName(t.GetElementType()!) + "&";
        }

        if (t.IsArray)
        {
            return TypeName(t.GetElementType()!) + "[" + new string(',', t.GetArrayRank() - 1) + "]";
        }

        if (t.IsPointer)
        {
            return TypeName(t.GetElementType()!) + "*";
        }

        if (t.IsGenericParameter)
        {
            return t.Name;
        }

        if (Nullable.GetUnderlyingType(t) is { } u)
        {
            return TypeName(u) + "?";
        }

        string name = t.IsNested ? TypeName(t.DeclaringType!) + "." + t.Name : (t.Namespace is { } ns ? ns + "." : "") + t.Name;
        if (t.IsGenericType)
        {
            int tick = name.IndexOf('`', StringComparison.Ordinal);
            if (tick >= 0)
            {
                name = name[..tick];
            }

            var args = t.GetGenericArguments();
            if (t.IsNested)
            {
                args = args.Skip(t.DeclaringType!.GetGenericArguments().Length).ToArray();
            }

            if (args.Length > 0)
            {
                name += "<" + string.Join(", ", args.Select(TypeName)) + ">";
            }
        }

        return name;
    }
}
