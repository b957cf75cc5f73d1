namespace NetralBot.Knowledge.Tests.Catalog;

internal static class SampleFiles
{
    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Catalog", "Samples", name));
}
