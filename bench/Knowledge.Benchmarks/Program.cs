using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Knowledge.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(NetralBot.Knowledge.Benchmarks.AskBenchmarks).Assembly).Run(args);
