using System.Text.Json.Nodes;
using Marquee.Content;
using Marquee.Content.History;
using Marquee.Content.Tags;
using Marquee.Newsroom.Staff;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Tests.Newsroom;

/// <summary>Restoring a revision whose tags or authors changed slug or went away since: followed by id where it can be, else refused by name.</summary>
public sealed class RestoreAfterRenameTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private readonly TestContent _content = new(server);

    private readonly NewsroomDriver _newsroom = new(server);

    private readonly Marquee.Newsroom.Workflow.Actor _editor = NewsroomDriver.Person(StaffRole.Editor, "Eve Editor");

    [Fact]
    public async Task A_revision_follows_its_tags_and_authors_to_their_new_slugs()
    {
        var section = await _content.TagAsync("Awards", TagKind.Section);
        var author = await _content.AuthorAsync("Ann Byline");
        var first = await _newsroom.DraftAsync(_editor, "Renamed Later", a => a with { TagSlugs = [section], AuthorSlugs = [author], PrimarySectionSlug = section });
        var second = await _newsroom.EditAsync(_editor, first, a => a with { TagSlugs = [], AuthorSlugs = [], PrimarySectionSlug = null });
        server.Database.Execute($"UPDATE tags SET slug = 'renamed-{section}' WHERE slug = '{section}'");
        server.Database.Execute($"UPDATE authors SET slug = 'renamed-{author}' WHERE slug = '{author}'");

        var restored = await _newsroom.RestoreAsync(_editor, second, 1);

        var fields = (await _newsroom.LoadAsync(restored.ArticleId)).Fields;
        Assert.Equal([$"renamed-{section}"], fields.TagSlugs);
        Assert.Equal([$"renamed-{author}"], fields.AuthorSlugs);
        Assert.Equal($"renamed-{section}", fields.PrimarySectionSlug);
    }

    [Fact]
    public async Task A_revision_whose_tag_was_deleted_is_refused_naming_the_tag_and_nothing_is_saved()
    {
        var gone = await _content.TagAsync("Short Lived");
        var first = await _newsroom.DraftAsync(_editor, "Tag Deleted Later", a => a with { TagSlugs = [gone] });
        var second = await _newsroom.EditAsync(_editor, first, a => a with { TagSlugs = [] });
        server.Database.Execute($"DELETE FROM tags WHERE slug = '{gone}'");
        var before = server.Database.Fingerprint();

        var refused = await Assert.ThrowsAsync<ContentValidationException>(() => _newsroom.RestoreAsync(_editor, second, 1));

        Assert.StartsWith($"revision 1 lists tag '{gone}', which no longer exists", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, server.Database.Fingerprint());
    }

    [Fact]
    public async Task A_revision_kept_without_ids_is_restored_by_slug_and_refused_naming_an_author_whose_slug_changed()
    {
        var tag = await _content.TagAsync("Still Here");
        var author = await _content.AuthorAsync("Moved Byline");
        var first = await _newsroom.DraftAsync(_editor, "Old Revision", a => a with { TagSlugs = [tag], AuthorSlugs = [author] });
        var second = await _newsroom.EditAsync(_editor, first, a => a with { AuthorSlugs = [] });
        await ForgetIdsAsync(first.ArticleId, 1);

        var bySlug = await _newsroom.RestoreAsync(_editor, second, 1);
        server.Database.Execute($"UPDATE authors SET slug = 'moved-{author}' WHERE slug = '{author}'");
        var refused = await Assert.ThrowsAsync<ContentValidationException>(() => _newsroom.RestoreAsync(_editor, bySlug, 1));

        Assert.Equal([author], (await _newsroom.DiffAsync(first.ArticleId, 2, 3)).Single(c => c.Field == "co-authors").After!.Split(", "));
        Assert.StartsWith($"revision 1 lists author '{author}', which no longer exists", refused.Message, StringComparison.Ordinal);
    }

    /// <summary>Makes a revision look like one written before revisions kept ids.</summary>
    private async Task ForgetIdsAsync(long articleId, int version)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarqueeDbContext>();
        var revision = await db.Set<ArticleRevision>().AsTracking().SingleAsync(r => r.ArticleId == articleId && r.Version == version, TestContext.Current.CancellationToken);
        var content = JsonNode.Parse(revision.Content)!.AsObject();
        Assert.True(content.Remove("Links"), "a new revision keeps its ids under Links");
        revision.Content = content.ToJsonString();
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
