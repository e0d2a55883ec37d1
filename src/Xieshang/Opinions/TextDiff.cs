namespace Xieshang.Opinions;

public enum DiffKind { Same, Deleted, Inserted }

public sealed record DiffSegment(DiffKind Kind, string Text);

/// <summary>
/// What the editor changed, character by character (Chinese has no spaces to split words on): the longest common
/// subsequence of the two texts, as runs of kept, deleted and inserted text. Items are at most 1,500 characters, so the
/// table stays small.
/// </summary>
public static class TextDiff
{
    public static IReadOnlyList<DiffSegment> Of(string before, string after)
    {
        // Common head and tail first: an edit usually touches a few places.
        var head = 0;
        while (head < before.Length && head < after.Length && before[head] == after[head]) head++;
        var tail = 0;
        while (tail < before.Length - head && tail < after.Length - head && before[^(tail + 1)] == after[^(tail + 1)]) tail++;
        var a = before.AsSpan(head, before.Length - head - tail);
        var b = after.AsSpan(head, after.Length - head - tail);

        // lcs[i, j]: the common subsequence of a[i..] and b[j..].
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);

        var segments = new List<DiffSegment>();
        void Add(DiffKind kind, char c)
        {
            if (segments.Count > 0 && segments[^1].Kind == kind) segments[^1] = segments[^1] with { Text = segments[^1].Text + c };
            else segments.Add(new DiffSegment(kind, c.ToString()));
        }
        if (head > 0) segments.Add(new DiffSegment(DiffKind.Same, before[..head]));
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { Add(DiffKind.Same, a[x]); x++; y++; }
            // Where both fit, what went comes before what came.
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1])) { Add(DiffKind.Deleted, a[x]); x++; }
            else { Add(DiffKind.Inserted, b[y]); y++; }
        }
        if (tail > 0)
        {
            var end = before[^tail..];
            if (segments.Count > 0 && segments[^1].Kind == DiffKind.Same) segments[^1] = segments[^1] with { Text = segments[^1].Text + end };
            else segments.Add(new DiffSegment(DiffKind.Same, end));
        }
        return segments;
    }
}
