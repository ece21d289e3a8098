using BenchmarkDotNet.Attributes;
using Procurement.Domain.Reference;

namespace Procurement.Benchmarks.Reference;

/// <summary>CPV ancestors are computed for every code a supplier or tender carries when it is indexed.</summary>
[MemoryDiagnoser]
public class CpvCodeBenchmarks
{
    private readonly string[] _codes = ["45233120-6", "03000000-1", "72260000-5", "33141110-4", "90911200-8"];

    [Benchmark]
    public int Ancestors()
    {
        var total = 0;
        foreach (var code in _codes)
        {
            total += CpvCode.Ancestors(code).Count;
        }

        return total;
    }
}
