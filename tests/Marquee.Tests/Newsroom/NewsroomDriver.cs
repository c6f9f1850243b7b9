using Marquee.Content.Articles;
using Marquee.Content.History;
using Marquee.Newsroom.Staff;
using Marquee.Newsroom.Workflow;

namespace Marquee.Tests.Newsroom;

/// <summary>Drives the newsroom's workflow services as the editor UI will: as a person, through the real database.</summary>
public sealed class NewsroomDriver(MarqueeServer server)
{
    private static long _lastStaffId = Random.Shared.Next(1_000, 1_000_000) * 1000L;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static Actor Person(StaffRole role, string? name = null) =>
        new(Interlocked.Increment(ref _lastStaffId), name ?? $"{role} {_lastStaffId}", role);

    /// <summary>A draft by <paramref name="writer"/> with a unique slug; <paramref name="configure"/> adjusts the fields.</summary>
    public Task<ArticleSaved> DraftAsync(Actor writer, string headline, Func<ArticleInput, ArticleInput>? configure = null)
    {
        var input = new ArticleInput { Slug = TestContent.UniqueSlug("draft"), Headline = headline, BodyMarkdown = $"The body of {headline}." };
        return UseAsync<EditArticle, ArticleSaved>(edit => edit.CreateAsync(writer, configure?.Invoke(input) ?? input, Token));
    }

    public Task<ArticleSaved> EditAsync(Actor actor, ArticleSaved at, Func<ArticleInput, ArticleInput> change, string? lockToken = null) =>
        UseAsync<EditArticle, ArticleSaved>(async edit => await edit.SaveAsync(actor, new OpenedArticle(at.ArticleId, at.Version, lockToken), change((await LoadAsync(at.ArticleId)).Fields), Token));

    public Task<ArticleSaved> MoveAsync(Actor actor, ArticleSaved at, StateChange change, string? lockToken = null) =>
        UseAsync<ChangeArticleState, ArticleSaved>(move => move.MoveAsync(actor, new OpenedArticle(at.ArticleId, at.Version, lockToken), change, Token));

    public Task<ArticleSaved> RestoreAsync(Actor actor, ArticleSaved at, int version) =>
        UseAsync<RestoreRevision, ArticleSaved>(restore => restore.RestoreAsync(actor, new OpenedArticle(at.ArticleId, at.Version, null), version, Token));

    public Task<EditableArticle> LoadAsync(long id) => UseAsync<EditableArticles, EditableArticle>(articles => articles.GetAsync(id, Token));

    public Task<List<ArticleTransition>> AuditAsync(long id) => UseAsync<AuditLog, List<ArticleTransition>>(log => log.ForArticleAsync(id, Token));

    public Task<List<RevisionSummary>> RevisionsAsync(long id) => UseAsync<ArticleRevisions, List<RevisionSummary>>(revisions => revisions.ListAsync(id, Token));

    public Task<IReadOnlyList<FieldChange>> DiffAsync(long id, int from, int to) =>
        UseAsync<ArticleRevisions, IReadOnlyList<FieldChange>>(revisions => revisions.DiffAsync(id, from, to, Token));

    /// <summary>Runs one call on a service from a fresh scope, as one request would.</summary>
    public async Task<TResult> UseAsync<TService, TResult>(Func<TService, Task<TResult>> call)
        where TService : notnull
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
