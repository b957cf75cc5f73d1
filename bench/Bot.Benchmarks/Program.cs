using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Bot.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(NetralBot.Bot.Benchmarks.StatisticsBenchmarks).Assembly).Run(args);
