namespace Marquee.Content.Search;

/// <summary>
/// Keeps the index in step with the articles inside the caller's transaction: <see cref="Articles.SaveArticle"/> calls
/// it on every save (imports and the scheduled take-down save through it too), so a story is findable when its save
/// commits and gone when its unpublishing does, on every node at once.
/// </summary>
public sealed class SearchIndexWriter(ISearchEngine engine, SearchDocuments documents, SpellingTable spelling)
{
    public async Task UpdateAsync(IReadOnlyCollection<long> articleIds, CancellationToken cancellationToken)
    {
        var current = (await documents.OfAsync(articleIds, cancellationToken)).ToDictionary(d => d.ArticleId);
        foreach (var id in articleIds)
        {
            await UpdateAsync(id, current.GetValueOrDefault(id), cancellationToken);
        }
    }

    /// <summary>Renaming a tag or author changes the documents of every article naming it.</summary>
    public async Task UpdateNamingAsync(long? tagId, long? authorId, CancellationToken cancellationToken) =>
        await UpdateAsync(await documents.NamingAsync(tagId, authorId, cancellationToken), cancellationToken);

    private async Task UpdateAsync(long articleId, SearchDocument? document, CancellationToken cancellationToken)
    {
        var stored = await engine.StoredAsync(articleId, cancellationToken);
        if (stored == document)
        {
            return;
        }

        var before = stored?.SpellingWords ?? new HashSet<string>();
        var after = document?.SpellingWords ?? new HashSet<string>();
        await spelling.CountAsync(after.Except(before), before.Except(after), cancellationToken);
        if (document is null)
        {
            await engine.RemoveAsync(articleId, cancellationToken);
        }
        else
        {
            await engine.WriteAsync(document, cancellationToken);
        }
    }
}
