namespace Ornament.Paint;

/// <summary>Runs numbered chunks of work on up to a given number of threads, or in order on the calling thread when
/// one thread (or one chunk) is asked for. Callers make each chunk's output depend on its number only, so the result
/// is the same for every thread count.</summary>
internal static class Chunks
{
    public static void For(int count, int threads, Action<int> body)
    {
        if (threads > 1 && count > 1)
        {
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = threads }, body);
            return;
        }

        for (int i = 0; i < count; i++)
        {
            body(i);
        }
    }
}
