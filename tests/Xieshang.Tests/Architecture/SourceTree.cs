namespace Xieshang.Tests.Architecture;

/// <summary>The repository the tests were built from: the scan tests read its source and their lists there.</summary>
public static class SourceTree
{
    public static string Root { get; } = Find();

    public static string File(string relative) => Path.Combine(Root, relative);

    static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !System.IO.File.Exists(Path.Combine(dir.FullName, "Xieshang.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Xieshang.slnx not found above the test binaries.");
    }
}
