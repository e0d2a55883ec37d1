using System.Reflection;
using Xieshang.Platform;

namespace Xieshang.Tests.Architecture;

/// <summary>
/// Modules meet through contracts (architecture.md A5): what a module may use of another is that module's
/// <c>Contracts</c> namespace, its <c>…Module</c> and its <c>…Permissions</c>; and no two modules depend on each other,
/// however indirectly. Read from the compiled assembly (<see cref="TypeReferences"/>), pages included.
/// The crossings that were there before the rule are listed in ModuleCrossings.txt: the list may only shrink.
/// </summary>
public sealed class ModuleBoundaryTests
{
    static readonly Assembly App = typeof(IModule).Assembly;

    static readonly string[] ModuleNames = Modules.All.Select(m => m.GetType().Namespace!.Split('.')[1])
        .Where(n => n != "Platform").ToArray();

    static string? ModuleOf(Type t)
    {
        var parts = (t.Namespace ?? "").Split('.');
        return parts.Length >= 2 && parts[0] == "Xieshang" && ModuleNames.Contains(parts[1]) ? parts[1] : null;
    }

    static bool IsContract(Type t, string module) =>
        t.Namespace == $"Xieshang.{module}.Contracts" || t.Namespace == $"Xieshang.{module}"
        && (t.Name == $"{module}Module" || t.Name == $"{module}Permissions");

    /// <summary>Every use of one module's type by another module's code: (from module, used type, where).</summary>
    static readonly Lazy<List<(string From, Type Used, Type Where)>> Uses = new(() =>
    {
        var uses = new List<(string, Type, Type)>();
        foreach (var type in App.GetTypes())
        {
            var owner = TypeReferences.Owner(type);
            if (ModuleOf(owner) is not { } from) continue;
            foreach (var used in TypeReferences.Of(type).Select(TypeReferences.Owner).Distinct())
                if (ModuleOf(used) is { } to && to != from) uses.Add((from, used, owner));
        }
        return uses;
    });

    static readonly Lazy<HashSet<string>> Listed = new(() =>
        File.ReadAllLines(SourceTree.File("tests/Xieshang.Tests/Architecture/ModuleCrossings.txt"))
        .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet());

    static string Crossing(string from, Type used) => $"{from} -> {used.FullName}";

    [Fact]
    public void AModule_UsesAnother_OnlyThroughItsContracts()
    {
        var unlisted = Uses.Value
            .Where(u => !IsContract(u.Used, ModuleOf(u.Used)!) && !Listed.Value.Contains(Crossing(u.From, u.Used)))
            .Select(u => $"{Crossing(u.From, u.Used)}   (in {u.Where.FullName})")
            .Distinct().Order().ToList();
        Assert.True(unlisted.Count == 0, "Use the other module's Contracts (a query or an event it offers), not its own types:\n"
                                         + string.Join("\n", unlisted));
    }

    [Fact]
    public void TheListedCrossings_AllStillExist_SoTheListOnlyShrinks()
    {
        var existing = Uses.Value.Where(u => !IsContract(u.Used, ModuleOf(u.Used)!)).Select(u => Crossing(u.From, u.Used)).ToHashSet();
        var gone = Listed.Value.Where(l => !existing.Contains(l)).Order().ToList();
        Assert.True(gone.Count == 0, "Crossings no longer in the code: delete them from ModuleCrossings.txt\n" + string.Join("\n", gone));
    }

    [Fact]
    public void Modules_DependOnEachOther_WithoutACycle()
    {
        var edges = Uses.Value.GroupBy(u => u.From).ToDictionary(g => g.Key, g => g.Select(u => ModuleOf(u.Used)!).ToHashSet());
        var cycles = new List<string>();
        foreach (var start in ModuleNames)
        {
            // A path back to the start through the dependency graph, found breadth-first with its route.
            var back = new Dictionary<string, string> { [start] = "" };
            var queue = new Queue<string>([start]);
            while (queue.Count > 0)
            {
                var at = queue.Dequeue();
                foreach (var next in edges.GetValueOrDefault(at) ?? [])
                {
                    if (next == start)
                    {
                        var path = new List<string> { start };
                        for (var n = at; n != start; n = back[n]) path.Insert(1, n);
                        cycles.Add(string.Join(" -> ", path) + " -> " + start);
                        queue.Clear();
                        break;
                    }
                    if (back.TryAdd(next, at)) queue.Enqueue(next);
                }
            }
        }
        Assert.True(cycles.Count == 0, "Modules in a cycle (turn one direction into an event or a contract the lower module defines):\n"
                                       + string.Join("\n", cycles));
    }

    [Fact]
    public void Platform_UsesNoModule_ButToListThem()
    {
        var uses = App.GetTypes().Select(TypeReferences.Owner).Distinct()
            .Where(t => t.Namespace?.StartsWith("Xieshang.Platform", StringComparison.Ordinal) == true && t != typeof(Modules))
            .SelectMany(t => TypeReferences.Of(t).Select(TypeReferences.Owner).Where(u => ModuleOf(u) != null)
                .Select(u => $"{t.FullName} -> {u.FullName}"))
            .Distinct().Order().ToList();
        Assert.True(uses.Count == 0, "Platform holds no business rules and knows no module:\n" + string.Join("\n", uses));
    }
}
