using Marquee.Content.Authors;
using Marquee.Content.Tags;

namespace Marquee.Import.Wxr;

/// <summary>
/// WordPress authors as Marquee author profiles and its categories and tags as section and topic tags, declared in the
/// channel or first met on an item (WXR 1.0 declares no authors). A category and a tag with one slug become the section.
/// </summary>
internal sealed class WxrPeopleAndTerms
{
    /// <summary>WordPress's default category: every post WordPress could not file has it, and no one chose it as a section.</summary>
    private const string Uncategorized = "uncategorized";

    private readonly WxrExport _export;
    private readonly ImportBatch _batch;
    private readonly Dictionary<string, string> _authorSlugs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _savedAuthors = [];
    private readonly Dictionary<string, TagKind> _tagKinds = [];
    private bool _uncategorizedReported;

    public WxrPeopleAndTerms(WxrExport export, ImportBatch batch)
    {
        _export = export;
        _batch = batch;
        export.Authors.ForEach(DeclaredAuthor);
        foreach (var term in export.Terms.OrderBy(t => t.Kind == "tag"))
        {
            DeclaredTerm(term);
        }
    }

    /// <summary>An item's byline: its Co-Authors Plus terms in order, else the login in dc:creator.</summary>
    public IReadOnlyList<string> AuthorSlugs(WxrRecord item, string where)
    {
        var coAuthors = item.Terms.Where(t => t.Domain == "author").ToList();
        if (coAuthors.Count > 0)
        {
            return coAuthors.Select(t => Author(where, Login(t), t.Name)).OfType<string>().Distinct().ToList();
        }

        return item.Text("dc:creator") is { } login && Author(where, login, login) is { } slug ? [slug] : [];
    }

    /// <summary>An item's categories then tags (so the first category is the primary section), each once.</summary>
    public IReadOnlyList<string> TagSlugs(WxrRecord item, string where)
    {
        var categories = item.Terms.Where(t => t.Domain is null or "category").Select(t => Tag(where, t.Nicename, t.Name, TagKind.Section));
        var tags = item.Terms.Where(t => t.Domain is "post_tag" or "tag").Select(t => Tag(where, t.Nicename, t.Name, TagKind.Topic));
        return categories.Concat(tags).OfType<string>().Distinct().ToList();
    }

    /// <summary>Co-Authors Plus names its terms "cap-" and the login.</summary>
    private static string Login(WxrTerm term) =>
        term.Nicename is { } nicename ? (nicename.StartsWith("cap-", StringComparison.Ordinal) ? nicename[4..] : nicename) : term.Name;

    private void DeclaredAuthor(WxrRecord author)
    {
        var where = $"author {author.Number}";
        var login = author.Text("wp:author_login") ?? throw new ImportException(_export.File, where, "has no wp:author_login");
        var fullName = string.Join(' ', new[] { author.Text("wp:author_first_name"), author.Text("wp:author_last_name") }.OfType<string>());
        var name = author.Text("wp:author_display_name") ?? (fullName.Length > 0 ? fullName : login);
        if (_authorSlugs.ContainsKey(login))
        {
            _batch.Skipped.Add(new ImportSkip($"{where} '{login}'", "an earlier author has the same login; posts by it go to the first"));
            return;
        }

        Author($"{where} '{login}'", login, name);
    }

    /// <summary>The slug of the author with this login, adding the profile the first time; null (and reported) when no slug can be made.</summary>
    private string? Author(string where, string login, string name)
    {
        if (_authorSlugs.TryGetValue(login, out var known))
        {
            return known;
        }

        if (WxrSlug.Of(login, name) is not { } slug)
        {
            _batch.Skipped.Add(new ImportSkip(where, $"author '{login}' has no letters or digits to make a slug from; left out of the byline"));
            return null;
        }

        _authorSlugs[login] = slug;
        if (_savedAuthors.Add(slug))
        {
            _batch.Authors.Add(new ImportRecord<AuthorInput>($"author '{login}'", new AuthorInput(slug, name.Trim())));
        }

        return slug;
    }

    private void DeclaredTerm(WxrRecord term)
    {
        var (kind, slug, name, description) = term.Kind switch
        {
            "category" => ("category", term.Text("wp:category_nicename"), term.Text("wp:cat_name"), term.Text("wp:category_description")),
            "tag" => ("post_tag", term.Text("wp:tag_slug"), term.Text("wp:tag_name"), term.Text("wp:tag_description")),
            _ => (term.Text("wp:term_taxonomy") ?? "", term.Text("wp:term_slug"), term.Text("wp:term_name"), term.Text("wp:term_description")),
        };
        var where = $"{term.Kind} {term.Number}" + (slug is null ? "" : $" '{slug}'");
        if (kind is not ("category" or "post_tag"))
        {
            _batch.Skipped.Add(new ImportSkip(where, $"taxonomy '{kind}' has no place in Marquee; left out"));
            return;
        }

        var tagKind = kind == "category" ? TagKind.Section : TagKind.Topic;
        if (WxrSlug.Of(slug, name) is { } known && _tagKinds.TryGetValue(known, out var earlier) && earlier != tagKind)
        {
            _batch.Skipped.Add(new ImportSkip(where, "a category has the same slug; posts with this tag get that section"));
        }

        Tag(where, slug, name ?? throw new ImportException(_export.File, where, "has no name"), tagKind, description);
    }

    /// <summary>The slug of a category or tag, adding it the first time; null for WordPress's default category.</summary>
    private string? Tag(string where, string? nicename, string name, TagKind kind, string? description = null)
    {
        var slug = WxrSlug.Of(nicename, name) ?? throw new ImportException(_export.File, where, $"'{name}' has no letters or digits to make a slug from");
        if (kind == TagKind.Section && slug == Uncategorized)
        {
            if (_uncategorizedReported is false)
            {
                _uncategorizedReported = true;
                _batch.Skipped.Add(new ImportSkip(where, "'uncategorized' is WordPress's default category, not a section anyone chose; left out"));
            }

            return null;
        }

        if (_tagKinds.ContainsKey(slug))
        {
            return slug;
        }

        _tagKinds[slug] = kind;
        _batch.Tags.Add(new ImportRecord<TagInput>($"{(kind == TagKind.Section ? "category" : "tag")} '{slug}'", new TagInput(slug, name.Trim(), kind, description)));
        return slug;
    }
}
