using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Content.History;
using Marquee.Content.Tags;
using Marquee.Newsroom.Staff;
using Marquee.Tests.Newsroom;

namespace Marquee.Tests.Content;

/// <summary>Every save that changes something keeps a revision of every field; any two compare field by field; an old one comes back as a new save.</summary>
public sealed class RevisionTests(MarqueeServer server) : IClassFixture<MarqueeServer>
{
    private readonly TestContent _content = new(server);
    private readonly NewsroomDriver _newsroom = new(server);

    /// <summary>Each field the revision keeps, and a change of only that field.</summary>
    public static TheoryData<string> Fields =>
    [
        "headline", "dek", "slug", "body", "excerpt", "status", "publish time", "unpublish time", "tags", "primary section",
        "co-authors", "feature image", "feature image alt", "feature image caption", "feature image credit", "SEO title",
        "SEO description", "top story", "correction note",
    ];

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task A_change_to_any_one_field_is_kept_and_is_the_only_difference_between_the_two_revisions(string field)
    {
        var (first, second) = await TwoSectionsAsync();
        var coAuthor = await _content.AuthorAsync("Second Byline");
        var original = await _content.ArticleAsync("Every Field", tags: [first, second], configure: a => a with
        {
            Dek = "A dek",
            Excerpt = "An excerpt",
            BodyMarkdown = "One.\n\nTwo.",
            UnpublishAt = a.PublishedAt!.Value.AddDays(3),
            PrimarySectionSlug = first,
            FeatureImage = new FeatureImage("/a.jpg", "alt", "caption", "credit"),
            SeoTitle = "SEO",
            SeoDescription = "Described",
        });
        var changed = Change(original, field, second, coAuthor);
        await _content.SaveAsync(changed);

        var diff = await _newsroom.DiffAsync(await _content.IdAsync(original), 1, 2);

        Assert.Equal([field], diff.Select(d => d.Field));
        Assert.NotEqual(diff[0].Before, diff[0].After);
    }

    [Fact]
    public async Task The_body_is_compared_line_by_line()
    {
        var article = await _content.ArticleAsync("Lines", configure: a => a with { BodyMarkdown = "Intro.\nKept line.\nOld line.\nOutro." });
        await _content.SaveAsync(article with { BodyMarkdown = "Intro.\nKept line.\nNew line.\nAnother new line.\nOutro." });

        // The excerpt, made from the body, changes with it; the body itself is one change shown by line.
        var body = Assert.Single(await _newsroom.DiffAsync(await _content.IdAsync(article), 1, 2), d => d.Field == "body");

        Assert.Equal(
            [(DiffLineKind.Kept, "Intro."), (DiffLineKind.Kept, "Kept line."), (DiffLineKind.Removed, "Old line."), (DiffLineKind.Added, "New line."), (DiffLineKind.Added, "Another new line."), (DiffLineKind.Kept, "Outro.")],
            body.Lines.Select(l => (l.Kind, l.Text)));
    }

    [Fact]
    public async Task An_import_writes_a_revision_by_import_and_a_save_that_changes_nothing_writes_none()
    {
        var article = await _content.ArticleAsync("Imported Once");
        await _content.SaveAsync(article);

        var revisions = await _newsroom.RevisionsAsync(await _content.IdAsync(article));

        Assert.Equal([(1, "import")], revisions.Select(r => (r.Version, r.SavedBy)));
    }

    [Fact]
    public async Task Restoring_an_old_revision_saves_its_fields_again_as_a_new_revision_and_keeps_the_workflow_state()
    {
        var author = NewsroomDriver.Person(StaffRole.Author, "Ray Writer");
        var first = await _newsroom.DraftAsync(author, "First Take", a => a with { Dek = "first dek", BodyMarkdown = "First body." });
        var second = await _newsroom.EditAsync(author, first, a => a with { Headline = "Second Take", Dek = null, BodyMarkdown = "Second body." });
        var submitted = await _newsroom.MoveAsync(author, second, new Marquee.Newsroom.Workflow.StateChange(EditorialState.InReview));

        var restored = await _newsroom.RestoreAsync(author, submitted, 1);

        Assert.Equal(4, restored.Version);
        Assert.Equal(["status"], (await _newsroom.DiffAsync(first.ArticleId, 1, 4)).Select(d => d.Field));
        Assert.Equal((ArticleStatus.InReview, "First Take"), ((await _newsroom.LoadAsync(first.ArticleId)).Fields.Status, (await _newsroom.LoadAsync(first.ArticleId)).Fields.Headline));
        Assert.Equal([(4, "Ray Writer"), (3, "Ray Writer"), (2, "Ray Writer"), (1, "Ray Writer")], (await _newsroom.RevisionsAsync(first.ArticleId)).Select(r => (r.Version, r.SavedBy)));
    }

    [Fact]
    public async Task Restoring_a_revision_that_does_not_exist_is_refused_by_name()
    {
        var author = NewsroomDriver.Person(StaffRole.Author);
        var draft = await _newsroom.DraftAsync(author, "Only One");

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => _newsroom.RestoreAsync(author, draft, 7));

        Assert.Equal($"article {draft.ArticleId} has no revision 7", error.Message);
    }

    private async Task<(string First, string Second)> TwoSectionsAsync() =>
        (await _content.TagAsync("First Section", TagKind.Section), await _content.TagAsync("Second Section", TagKind.Section));

    private static ArticleInput Change(ArticleInput a, string field, string secondSection, string coAuthor) => field switch
    {
        "headline" => a with { Headline = "Another headline" },
        "dek" => a with { Dek = "Another dek" },
        "slug" => a with { Slug = TestContent.UniqueSlug("moved") },
        "body" => a with { BodyMarkdown = "One.\n\nThree." },
        "excerpt" => a with { Excerpt = "Another excerpt" },
        "status" => a with { Status = ArticleStatus.Unpublished },
        "publish time" => a with { PublishedAt = a.PublishedAt!.Value.AddMinutes(-30) },
        "unpublish time" => a with { UnpublishAt = a.UnpublishAt!.Value.AddDays(1) },
        "tags" => a with { TagSlugs = [.. a.TagSlugs.Reverse()], PrimarySectionSlug = a.PrimarySectionSlug },
        "primary section" => a with { PrimarySectionSlug = secondSection },
        "co-authors" => a with { AuthorSlugs = [coAuthor] },
        "feature image" => a with { FeatureImage = a.FeatureImage! with { Url = "/b.jpg" } },
        "feature image alt" => a with { FeatureImage = a.FeatureImage! with { Alt = "other alt" } },
        "feature image caption" => a with { FeatureImage = a.FeatureImage! with { Caption = "other caption" } },
        "feature image credit" => a with { FeatureImage = a.FeatureImage! with { Credit = "other credit" } },
        "SEO title" => a with { SeoTitle = "Other SEO" },
        "SEO description" => a with { SeoDescription = "Described otherwise" },
        "top story" => a with { IsTopStory = true },
        "correction note" => a with { Correction = new CorrectionNote(CorrectionKind.Correction, "An earlier version misspelled her name.") },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "no change written for this field"),
    };
}
