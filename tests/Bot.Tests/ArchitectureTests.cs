using System.Reflection;
using System.Text.RegularExpressions;

namespace NetralBot.Bot.Tests;

/// <summary>
/// The dependency rules of src/Bot, checked on its sources (<c>using</c> directives and qualified names) and on its
/// compiled types (base types, interfaces, fields, properties, method and constructor signatures): nothing but the
/// composition (<c>Program</c>, <c>Cli</c>, <c>Hosting</c>) references Hosting, and the capability folders form no cycle.
/// </summary>
public sealed partial class ArchitectureTests
{
    private static readonly string[] Composition = ["Root", "Cli", "Hosting"];

    [Fact]
    public void Only_the_composition_references_hosting()
    {
        var offenders = Dependencies().Where(edge => edge.To == "Hosting" && !Composition.Contains(edge.From)).Select(edge => $"{edge.From} -> Hosting ({edge.Evidence})");
        Assert.Empty(offenders);
    }

    [Fact]
    public void Capability_folders_reference_each_other_without_cycles()
    {
        Assert.Empty(FindCycles(Dependencies()));
    }

    [Fact]
    public void The_cycle_check_reports_a_cycle_when_there_is_one()
    {
        // Proves the check can fail: the graph of today's main branch had Admin -> Broadcasts -> Admin.
        (string, string, string)[] edges = [("Admin", "Broadcasts", "x"), ("Broadcasts", "Admin", "y"), ("Cli", "Admin", "z")];
        Assert.Equal(["Admin -> Broadcasts -> Admin"], FindCycles(edges));
        Assert.Equal("Channels.WhatsApp", Capability("NetralBot.Bot.Channels.WhatsApp.Models"));
        Assert.Equal("Root", Capability("NetralBot.Bot"));
    }

    /// <summary>The capability of a namespace: its first segment under NetralBot.Bot, two for Channels and Storage.</summary>
    private static string Capability(string? ns)
    {
        var parts = (ns ?? string.Empty).Split('.').Skip(2).ToArray();
        return parts.Length == 0 ? "Root" : parts[0] is "Channels" or "Storage" && parts.Length > 1 ? $"{parts[0]}.{parts[1]}" : parts[0];
    }

    private static List<(string From, string To, string Evidence)> Dependencies()
    {
        var assembly = typeof(NetralBot.Bot.Conversation.Turn).Assembly;
        var namespaces = assembly.GetTypes().Select(t => t.Namespace).OfType<string>().ToHashSet();
        var edges = new List<(string, string, string)>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src", "Bot"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            var from = Capability(NamespacePattern().Match(text).Groups[1].Value);
            foreach (var name in QualifiedNamePattern().Matches(text).Select(match => match.Value).Distinct())
            {
                // The longest prefix that is a namespace: NetralBot.Bot.Channels.TextSplitter.Split is in Channels.
                var ns = name;
                while (!namespaces.Contains(ns) && ns.Contains('.'))
                {
                    ns = ns[..ns.LastIndexOf('.')];
                }

                edges.Add((from, Capability(ns), Path.GetFileName(file)));
            }
        }

        foreach (var type in assembly.GetTypes().Where(t => t.Namespace?.StartsWith("NetralBot.Bot", StringComparison.Ordinal) == true))
        {
            var from = Capability(type.Namespace);
            foreach (var used in SignatureTypes(type).Where(t => t.Assembly == assembly && t.Namespace is not null))
            {
                edges.Add((from, Capability(used.Namespace), type.Name));
            }
        }

        return edges.Where(edge => edge.Item1 != edge.Item2).ToList();
    }

    private static IEnumerable<Type> SignatureTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var direct = new List<Type>();
        if (type.BaseType is { } baseType)
        {
            direct.Add(baseType);
        }

        direct.AddRange(type.GetInterfaces());
        direct.AddRange(type.GetFields(all).Select(f => f.FieldType));
        direct.AddRange(type.GetProperties(all).Select(p => p.PropertyType));
        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            direct.AddRange(method.GetParameters().Select(p => p.ParameterType));
            if (method is MethodInfo info)
            {
                direct.Add(info.ReturnType);
            }
        }

        return direct.SelectMany(Unwrap);
    }

    // Task<IReadOnlyList<Pledge>> depends on Pledge too.
    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType)
        {
            return Unwrap(type.GetElementType()!);
        }

        return type.IsGenericType ? type.GetGenericArguments().SelectMany(Unwrap).Append(type.GetGenericTypeDefinition()) : [type];
    }

    private static List<string> FindCycles(IEnumerable<(string From, string To, string Evidence)> edges)
    {
        var graph = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).Distinct().Order(StringComparer.Ordinal).ToList());
        var cycles = new List<string>();
        foreach (var start in graph.Keys.Order(StringComparer.Ordinal))
        {
            // Shortest path back to the start, breadth first; each cycle is reported once, from its smallest member.
            var previous = new Dictionary<string, string> { [start] = start };
            var queue = new Queue<string>([start]);
            while (queue.Count > 0)
            {
                var node = queue.Dequeue();
                foreach (var next in graph.GetValueOrDefault(node) ?? [])
                {
                    if (next == start)
                    {
                        var path = new List<string> { start };
                        for (var at = node; at != start; at = previous[at])
                        {
                            path.Insert(1, at);
                        }

                        if (path.All(member => string.CompareOrdinal(member, start) >= 0))
                        {
                            cycles.Add(string.Join(" -> ", path.Append(start)));
                        }

                        queue.Clear();
                        break;
                    }

                    if (previous.TryAdd(next, node))
                    {
                        queue.Enqueue(next);
                    }
                }
            }
        }

        return cycles;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Bot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Bot.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^namespace\s+([\w.]+)", RegexOptions.Multiline)]
    private static partial Regex NamespacePattern();

    [GeneratedRegex(@"\bNetralBot\.Bot(?:\.[A-Za-z]\w*)+")]
    private static partial Regex QualifiedNamePattern();
}
