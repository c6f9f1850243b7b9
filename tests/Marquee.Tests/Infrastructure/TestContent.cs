using Marquee.Content;
using Marquee.Content.Articles;
using Marquee.Content.Authors;
using Marquee.Content.Tags;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Tests.Infrastructure;

/// <summary>Arranges content for a test through the same save classes the product uses. Slugs are unique per call.</summary>
public sealed class TestContent(MarqueeServer server)
{
    public static string UniqueSlug(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("n")[..10]}";

    public Task<string> AuthorAsync(string name, string? bio = null)
    {
        var slug = UniqueSlug(Slugs.From(name));
        return server.WriteAsync(async (services, ct) =>
        {
            await services.GetRequiredService<SaveAuthor>().SaveAsync(new AuthorInput(slug, name, bio), ct);
            return slug;
        });
    }

    public Task<string> TagAsync(string name, TagKind kind = TagKind.Topic)
    {
        var slug = UniqueSlug(Slugs.From(name));
        return server.WriteAsync(async (services, ct) =>
        {
            await services.GetRequiredService<SaveTag>().SaveAsync(new TagInput(slug, name, kind), ct);
            return slug;
        });
    }

    /// <summary>A published article with the given byline and tags; <paramref name="configure"/> adjusts anything else.</summary>
    public async Task<ArticleInput> ArticleAsync(string headline, IReadOnlyList<string>? authors = null, IReadOnlyList<string>? tags = null, Func<ArticleInput, ArticleInput>? configure = null)
    {
        var slug = UniqueSlug(Slugs.From(headline));
        var input = new ArticleInput
        {
            Slug = slug,
            SourceKey = $"test:{slug}",
            Headline = headline,
            BodyMarkdown = $"The body of {headline}.",
            Status = ArticleStatus.Published,
            PublishedAt = DateTime.UtcNow,
            AuthorSlugs = authors ?? [],
            TagSlugs = tags ?? [],
        };
        input = configure?.Invoke(input) ?? input;
        await SaveAsync(input);
        return input;
    }

    /// <summary>Saves as an import does: no staff user, no base version.</summary>
    public async Task<SaveOutcome> SaveAsync(ArticleInput input) =>
        (await server.WriteAsync((services, ct) => services.GetRequiredService<SaveArticle>().SaveAsync(input, ChangedBy.Import, ct))).Outcome;

    /// <summary>The id of an article this class saved, by its source key (which survives a change of slug).</summary>
    public async Task<long> IdAsync(ArticleInput article)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MarqueeDbContext>().Articles
            .Where(a => a.SourceKey == article.SourceKey).Select(a => a.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>An article as its page reads it; fails the test when there is none.</summary>
    public static async Task<ArticleDetail> LoadAsync(MarqueeServer server, string slug)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ArticleQueries>().FindBySlugAsync(slug, TestContext.Current.CancellationToken)
            ?? throw new Xunit.Sdk.XunitException($"no article '{slug}'");
    }
}
