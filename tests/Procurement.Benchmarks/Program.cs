using BenchmarkDotNet.Running;
using Procurement.Benchmarks.SupplierSearch;

// Run on demand, never in CI. Results are recorded in docs/performance.md.
//   dotnet run -c Release --project tests/Procurement.Benchmarks -- --filter '*'
//   dotnet run -c Release --project tests/Procurement.Benchmarks -- supplier-search [--suppliers 200000] [--queries 1000]
if (args.Length > 0 && args[0] == SupplierSearchLoadRun.Command)
{
    return await SupplierSearchLoadRun.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
