using Marquee.Content.Authors;
using Marquee.Content.Tags;

namespace Marquee.Import.Ghost;

/// <summary>
/// Ghost tags and users as Marquee tags and author profiles, and the map from Ghost ids to the slugs posts link to.
/// As in Ghost's importer: a row without a name refuses the file, a second row with a slug already seen is
/// skipped and its links go to the first, and a link to an id that is nowhere in the file is dropped.
/// </summary>
internal sealed class GhostPeopleAndTags
{
    /// <summary>Ghost 1.0 limited users.email to 191 characters, and its importer refuses a file with a longer one.</summary>
    private const int MaxEmailLength = 191;

    private readonly ImportBatch _batch;

    /// <summary>Ghost id to Marquee slug; null for a row that is in the file but deliberately not imported.</summary>
    private readonly Dictionary<string, string?> _tagSlugs = [];
    private readonly Dictionary<string, string?> _authorSlugs = [];

    public GhostPeopleAndTags(GhostExport export, ImportBatch batch)
    {
        _batch = batch;
        var tags = Unique(export.Table("tags"), "tag", (row, where) => Tag(export.File, row, where), t => t.Slug, _tagSlugs);
        var users = Unique(export.Table("users"), "user", (row, where) => User(export.File, row, where), a => a.Slug, _authorSlugs);
        batch.Tags.AddRange(tags);
        batch.Authors.AddRange(users);
    }

    /// <summary>The slugs of the tags a post links to, in the order given; links to nothing are reported and dropped.</summary>
    public IReadOnlyList<string> TagSlugs(string post, IEnumerable<string?> ids) => Resolve(post, "tag", ids, _tagSlugs);

    /// <summary>The slugs of a post's authors, in byline order; links to nothing are reported and dropped.</summary>
    public IReadOnlyList<string> AuthorSlugs(string post, IEnumerable<string?> ids) => Resolve(post, "user", ids, _authorSlugs);

    private TagInput? Tag(string file, GhostRow row, string where)
    {
        var name = row.Text("name") ?? throw new ImportException(file, where, "has no name");
        if (name.StartsWith('#'))
        {
            _batch.Skipped.Add(new ImportSkip(where, $"'{name}' is a Ghost internal tag: it steers themes and is never shown to readers"));
            return null;
        }

        return new TagInput(ImportSlug.Of(file, where, row.Text("slug") ?? name), name.Trim(), Description: row.Text("description"));
    }

    private AuthorInput User(string file, GhostRow row, string where)
    {
        var name = row.Text("name") ?? throw new ImportException(file, where, "has no name");
        if (row.Text("email") is { Length: > MaxEmailLength } email)
        {
            throw new ImportException(file, where, $"email is {email.Length} characters long; Ghost itself refuses more than {MaxEmailLength}");
        }

        return new AuthorInput(ImportSlug.Of(file, where, row.Text("slug") ?? name), name.Trim(), row.Text("bio"), GhostUrls.Read(row, where, _batch, "profile_image", "image"));
    }

    /// <summary>Reads each row once per slug, remembering which slug every Ghost id became.</summary>
    private List<ImportRecord<T>> Unique<T>(IReadOnlyList<GhostRow> rows, string kind, Func<GhostRow, string, T?> read, Func<T, string> slugOf, Dictionary<string, string?> ids)
        where T : class
    {
        var kept = new List<ImportRecord<T>>();
        var firstBySlug = new Dictionary<string, int>();
        foreach (var row in rows)
        {
            var item = read(row, row.Name(kind));
            var slug = item is null ? null : slugOf(item);
            if (row.Id() is { } id)
            {
                ids[id] = slug;
            }

            if (item is null || slug is null)
            {
                continue;
            }

            var where = row.Name(kind, slug);
            if (firstBySlug.TryGetValue(slug, out var first))
            {
                _batch.Skipped.Add(new ImportSkip(where, $"{kind} {first} has the same slug; Ghost keeps the first, and links to this one go to it"));
                continue;
            }

            firstBySlug.Add(slug, row.Number);
            kept.Add(new ImportRecord<T>(where, item));
        }

        return kept;
    }

    private List<string> Resolve(string post, string kind, IEnumerable<string?> ids, Dictionary<string, string?> slugs)
    {
        var found = new List<string>();
        foreach (var id in ids)
        {
            if (id is null || !slugs.TryGetValue(id, out var slug))
            {
                _batch.Skipped.Add(new ImportSkip(post, $"links to {kind} {id ?? "null"}, which is not in the file; link dropped"));
            }
            else if (slug is not null && !found.Contains(slug))
            {
                found.Add(slug);
            }
        }

        return found;
    }
}
