namespace Marquee.Import.Wxr;

/// <summary>
/// One element of a WXR channel as read: an author, a term or an item, its simple fields by prefixed name
/// (<c>wp:post_id</c>), and for items the terms, the post meta Marquee uses and how many comments it holds.
/// </summary>
internal sealed class WxrRecord(string kind, int number)
{
    public string Kind { get; } = kind;

    /// <summary>Its place among the records of its kind in the file, from 1.</summary>
    public int Number { get; } = number;

    public Dictionary<string, string> Fields { get; } = [];

    public List<WxrTerm> Terms { get; } = [];

    public Dictionary<string, string> Meta { get; } = [];

    public int Comments { get; set; }

    /// <summary>A field's text, trimmed (exports wrap ids and logins in newlines); null when absent or blank.</summary>
    public string? Text(string field) => Fields.TryGetValue(field, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public string? MetaText(string key) => Meta.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}

/// <summary>An item's <c>&lt;category domain="…" nicename="…"&gt;Name&lt;/category&gt;</c>: a category, tag, co-author or other term it has.</summary>
internal sealed record WxrTerm(string? Domain, string? Nicename, string Name);
