using System.Text.RegularExpressions;

namespace Xieshang.Tests.Architecture;

/// <summary>
/// A record's state is read and moved only through its flow table (…Flow.cs) and stored by its EF configuration: a
/// comparison or assignment of a state anywhere else is a rule the table does not know. Scans the source. The files
/// that did so before the rule are listed in StateChecks.txt with their count: a count may only go down, and a file
/// whose count went down must say so in the list (so that it cannot creep back up).
/// </summary>
public sealed partial class StateCheckTests
{
    // `x.State == …`, `State = …`, `State is …`, `… == FooState.Bar`, `FooState.Bar != …` — not EF's EntityState.
    [GeneratedRegex(@"(?<![A-Za-z])(?:\w+\.)?State\s*(?:==|!=|=(?![=>])|is\b)|==\s*\w+State\.\w+|\w+State\.\w+\s*(?:==|!=)")]
    private static partial Regex StateCheck();

    static bool IsGate(string path) => path.EndsWith("Flow.cs", StringComparison.Ordinal)
                                       || path.EndsWith("Configuration.cs", StringComparison.Ordinal)
                                       || path.StartsWith("src/Xieshang/Migrations/", StringComparison.Ordinal);

    static Dictionary<string, int> Counted()
    {
        var src = Path.Combine(SourceTree.Root, "src", "Xieshang");
        var counts = new Dictionary<string, int>();
        foreach (var file in Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal)))
        {
            var path = Path.GetRelativePath(SourceTree.Root, file).Replace('\\', '/');
            if (IsGate(path) || path.Contains("/bin/") || path.Contains("/obj/")) continue;
            var n = File.ReadLines(file).Where(l => !l.Contains("EntityState", StringComparison.Ordinal)).Sum(l => StateCheck().Count(l));
            if (n > 0) counts[path] = n;
        }
        return counts;
    }

    static Dictionary<string, int> Listed() => File.ReadAllLines(SourceTree.File("tests/Xieshang.Tests/Architecture/StateChecks.txt"))
        .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))
        .Select(l => l.Split(' ', 2)).ToDictionary(p => p[1], p => int.Parse(p[0]));

    [Fact]
    public void States_AreComparedAndSet_OnlyInTheFlowTables()
    {
        var listed = Listed();
        var more = Counted().Where(c => c.Value > listed.GetValueOrDefault(c.Key))
            .Select(c => $"{c.Key}: {c.Value} (listed {listed.GetValueOrDefault(c.Key)})").Order().ToList();
        Assert.True(more.Count == 0, "Ask the flow (CanDo, Apply, its state sets) instead of comparing or setting a state here:\n"
                                     + string.Join("\n", more));
    }

    [Fact]
    public void TheListedStateChecks_MatchTheSource_SoTheListOnlyShrinks()
    {
        var counted = Counted();
        var fewer = Listed().Where(l => counted.GetValueOrDefault(l.Key) < l.Value)
            .Select(l => $"{counted.GetValueOrDefault(l.Key)} {l.Key} (listed {l.Value})").Order().ToList();
        Assert.True(fewer.Count == 0, "Fewer state checks than listed: write the new counts into StateChecks.txt\n"
                                      + string.Join("\n", fewer));
    }
}
