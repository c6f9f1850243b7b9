using Marquee.Platform.Security;

namespace Marquee.Import.Ghost;

/// <summary>
/// An image URL column of a Ghost row, as Marquee stores it: Ghost 4+ writes its own site as <c>__GHOST_URL__</c>,
/// which becomes a path on this site, and Ghost 0.x wrote Gravatar photos protocol-relative (<c>//www.gravatar.com/…</c>),
/// which become https. A URL the rule refuses (<c>javascript:</c>, <c>data:</c>…) is left out and
/// reported, as Ghost's importer drops a value it cannot use, rather than refusing the whole file (decision 0006).
/// </summary>
internal static class GhostUrls
{
    public static string? Read(GhostRow row, string where, ImportBatch batch, params string[] columns)
    {
        var column = columns.FirstOrDefault(c => row.Text(c) is not null);
        if (column is null)
        {
            return null;
        }

        var url = row.Text(column)!.Trim().Replace("__GHOST_URL__", "", StringComparison.Ordinal);
        url = url.StartsWith("//", StringComparison.Ordinal) ? "https:" + url : url;
        if (url.Length <= 2000 && UrlPolicy.IsAllowed(url))
        {
            return url;
        }

        var shown = url.Length > 60 ? string.Concat(url.AsSpan(0, 60), "…") : url;
        batch.Skipped.Add(new ImportSkip(where, $"{column} '{shown}' {UrlPolicy.Rule} (at most 2000 characters); left out"));
        return null;
    }
}
