#!/usr/bin/env bash
# Packaging checks, run by .ci/run after the tests: pack every library and the CLI tool, build and run the consumer
# sample against the packed packages (tests/Ornament.Consumer), install the tool into a temporary tool path and run
# `ornament --version` and one render from it. Each check is one test case in RESULTS_DIR/packaging/packaging.trx,
# so they count in .ci/run's "N passed, N failed" totals. Usage: packaging-checks.sh RESULTS_DIR
set -uo pipefail
cd "$(dirname "$0")/.."
results="$1/packaging"
mkdir -p "$results"
work="$(mktemp -d)"
version="$(sed -n 's:.*<Version>\([^<]*\)</Version>.*:\1:p' Directory.Build.props | head -n 1)"
passed=0; failed=0; cases=""

check() { # check NAME COMMAND...: runs COMMAND, logs to $work/NAME.log, records the outcome.
  local name="$1"; shift
  if "$@" >"$work/$name.log" 2>&1; then
    passed=$((passed + 1)); cases+="    <UnitTestResult testName=\"packaging.$name\" outcome=\"Passed\" />"$'\n'
    echo "packaging: $name ok" >&2
  else
    failed=$((failed + 1)); cases+="    <UnitTestResult testName=\"packaging.$name\" outcome=\"Failed\" />"$'\n'
    echo "packaging: $name FAILED" >&2; tail -n 30 "$work/$name.log" >&2
  fi
}

packages=(Ornament Ornament.Geometry Ornament.Raster Ornament.Paint Ornament.Encode Ornament.Generators Ornament.Cli)
pack() {
  rm -rf artifacts/packages artifacts/consumer-cache
  dotnet pack src/Ornament.Packages.slnf -c Release -o artifacts/packages || return 1
  for p in "${packages[@]}"; do
    /usr/bin/python3 - "artifacts/packages/$p.$version.nupkg" <<'PY' || return 1
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1]); names = set(z.namelist())
nuspec = z.read([n for n in names if n.endswith('.nuspec')][0]).decode()
missing = [n for n in ('README.md', 'icon.png', 'LICENSE') if n not in names]
missing += [t for t in ('<license type="expression">MIT</license>', '<readme>README.md</readme>', '<icon>icon.png</icon>', '<repository type="git"') if t not in nuspec]
print(sys.argv[1], len(names), 'entries', 'missing: ' + ', '.join(missing) if missing else 'complete')
sys.exit(1 if missing else 0)
PY
  done
}
check pack pack

check consumer_build dotnet build tests/Ornament.Consumer -c Release
run_consumer() { (cd "$work" && dotnet "$OLDPWD/tests/Ornament.Consumer/bin/Release/net10.0/Ornament.Consumer.dll"); }
check consumer_run run_consumer

cat >"$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config><add key="globalPackagesFolder" value="$work/tool-cache" /></config>
  <packageSources><clear /><add key="ornament-local" value="$PWD/artifacts/packages" /></packageSources>
</configuration>
XML
check tool_install dotnet tool install Ornament.Cli --version "$version" --tool-path "$work/tools" --configfile "$work/nuget.config"
tool_version() { [ "$("$work/tools/ornament" --version)" = "$version" ]; }
check tool_version tool_version
tool_render() {
  (cd "$work" && ./tools/ornament render --text "a syrmak with ram's horns in red and cream" --width 400 -o tool.png) || return 1
  pngcheck "$work/tool.png" || return 1
  # The library (consumer's carpet.png) and the tool write the same bytes for the same text and options.
  cmp "$work/tool.png" "$work/carpet.png"
}
check tool_render_matches_library tool_render

total=$((passed + failed))
cat >"$results/packaging.trx" <<TRX
<?xml version="1.0" encoding="utf-8"?>
<TestRun name="packaging" xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
  <Results>
$cases  </Results>
  <ResultSummary outcome="$([ "$failed" -eq 0 ] && echo Completed || echo Failed)">
    <Counters total="$total" executed="$total" passed="$passed" failed="$failed" error="0" />
  </ResultSummary>
</TestRun>
TRX
rm -rf "$work"
echo "packaging: $passed passed, $failed failed" >&2
[ "$failed" -eq 0 ]
