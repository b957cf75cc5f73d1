using System.Reflection;

namespace NetralBot.Knowledge.Text;

/// <summary>Reads the word lists the project ships as embedded resources (<c>Text/Data/*.txt</c>, <c>Answering/Data/*.txt</c>).</summary>
internal static class LexiconResource
{
    /// <summary>The non-empty, non-comment lines of a data file, trimmed and lower-cased.</summary>
    public static IEnumerable<string> Lines(string fileName, string folder = "Text")
    {
        var name = $"NetralBot.Knowledge.{folder}.Data.{fileName}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded word list {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                lines.Add(line.ToLowerInvariant());
            }
        }

        return lines;
    }
}
