using BenchmarkDotNet.Running;

// Run on demand, never in CI: dotnet run -c Release --project tests/Procurement.Benchmarks -- --filter '*'
// Results are recorded in docs/performance.md.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
