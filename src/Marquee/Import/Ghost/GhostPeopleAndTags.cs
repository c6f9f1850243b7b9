using Marquee.Content.Authors;
using Marquee.Content.Tags;

namespace Marquee.Import.Ghost;

/// <summary>
/// Ghost tags and users as Marquee tags and author profiles, with the map from Ghost ids to Marquee slugs
/// the posts need. Two rows with one slug are one record when they agree, and a refused file when they don't.
/// </summary>
internal sealed class GhostPeopleAndTags
{
    private readonly Dictionary<string, string> _tagSlugs = [];
    private readonly Dictionary<string, string> _authorSlugs = [];

    public GhostPeopleAndTags(GhostExport export, ImportBatch batch)
    {
        var tags = new Dictionary<string, TagInput>();
        foreach (var row in export.Table("tags"))
        {
            var where = $"tag {row.Number}";
            var name = row.Text("name") ?? throw new ImportException(export.File, where, "has no name");
            if (name.StartsWith('#'))
            {
                continue; // Ghost's internal tags steer themes; they are never shown to readers.
            }

            var tag = new TagInput(ImportSlug.Of(export.File, where, row.Text("slug") ?? name), name.Trim(), Description: row.Text("description"));
            Remember(export.File, where, row.Id(), tag.Slug, tags, tag, _tagSlugs, (a, b) => a.Name == b.Name);
        }

        var authors = new Dictionary<string, AuthorInput>();
        foreach (var row in export.Table("users"))
        {
            var where = $"user {row.Number}";
            var name = row.Text("name") ?? throw new ImportException(export.File, where, "has no name");
            var author = new AuthorInput(ImportSlug.Of(export.File, where, row.Text("slug") ?? name), name.Trim(), row.Text("bio"), row.Text("profile_image") ?? row.Text("image"));
            Remember(export.File, where, row.Id(), author.Slug, authors, author, _authorSlugs, (a, b) => a.Name == b.Name);
        }

        batch.Tags.AddRange(tags.Values.Select(t => new ImportRecord<TagInput>($"tag '{t.Slug}'", t)));
        batch.Authors.AddRange(authors.Values.Select(a => new ImportRecord<AuthorInput>($"user '{a.Slug}'", a)));
    }

    public string? TagSlug(string? ghostId) => ghostId is not null && _tagSlugs.TryGetValue(ghostId, out var slug) ? slug : null;

    public string? AuthorSlug(string? ghostId) => ghostId is not null && _authorSlugs.TryGetValue(ghostId, out var slug) ? slug : null;

    private static void Remember<T>(string file, string where, string? id, string slug, Dictionary<string, T> bySlug, T item, Dictionary<string, string> ids, Func<T, T, bool> agree)
    {
        if (bySlug.TryGetValue(slug, out var earlier) && !agree(earlier, item))
        {
            throw new ImportException(file, where, $"slug '{slug}' is also used by a different {where.Split(' ')[0]} earlier in the file");
        }

        bySlug.TryAdd(slug, item);
        if (id is not null)
        {
            ids[id] = slug;
        }
    }
}
