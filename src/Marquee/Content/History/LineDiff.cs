namespace Marquee.Content.History;

/// <summary>
/// A line diff by longest common subsequence. The common head and tail are taken off first, so an edit in
/// a long body costs only its changed middle; a middle too large for the table is shown as replaced whole.
/// </summary>
public static class LineDiff
{
    private const long MaxTableCells = 4_000_000;

    public static IReadOnlyList<DiffLine> Between(string older, string newer)
    {
        var a = Lines(older);
        var b = Lines(newer);
        var head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[^(tail + 1)] == b[^(tail + 1)])
        {
            tail++;
        }

        var result = a.Take(head).Select(line => new DiffLine(DiffLineKind.Kept, line)).ToList();
        result.AddRange(Middle(a[head..^tail], b[head..^tail]));
        result.AddRange(a.Skip(a.Length - tail).Select(line => new DiffLine(DiffLineKind.Kept, line)));
        return result;
    }

    private static IEnumerable<DiffLine> Middle(string[] a, string[] b)
    {
        if ((long)a.Length * b.Length > MaxTableCells)
        {
            return a.Select(line => new DiffLine(DiffLineKind.Removed, line)).Concat(b.Select(line => new DiffLine(DiffLineKind.Added, line)));
        }

        // common[i, j] = length of the longest common subsequence of a[i..] and b[j..].
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        return Walk(a, b, common);
    }

    private static List<DiffLine> Walk(string[] a, string[] b, int[,] common)
    {
        var lines = new List<DiffLine>(a.Length + b.Length);
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            if (i < a.Length && j < b.Length && a[i] == b[j])
            {
                lines.Add(new DiffLine(DiffLineKind.Kept, a[i++]));
                j++;
            }
            else if (i < a.Length && (j == b.Length || common[i + 1, j] >= common[i, j + 1]))
            {
                lines.Add(new DiffLine(DiffLineKind.Removed, a[i++]));
            }
            else
            {
                lines.Add(new DiffLine(DiffLineKind.Added, b[j++]));
            }
        }

        return lines;
    }

    private static string[] Lines(string text) => text.Length == 0 ? [] : text.ReplaceLineEndings("\n").Split('\n');
}
