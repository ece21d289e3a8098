using System.Runtime.InteropServices;

namespace Procurement.Benchmarks.SupplierSearch;

/// <summary>
/// The CPU time the calling thread has used (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>). On a machine busy with other work,
/// wall-clock latencies mostly measure waiting for a core; this measures the work itself, to compare changes.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ThreadCpuTimeClock = 3;

    public static double NowMilliseconds()
    {
        if (ClockGetTime(ThreadCpuTimeClock, out var time) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed; --cpu-time needs Linux.");
        }

        return (time.Seconds * 1_000.0) + (time.Nanoseconds / 1_000_000.0);
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
