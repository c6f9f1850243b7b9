using Marquee.Platform.Caching;

namespace Marquee.Content.Search;

/// <summary>
/// Rebuilds the index and the spelling table from the articles in one transaction: readers see the old index until the
/// new one commits, and running it again gives the same index. Cached search pages are evicted with it.
/// </summary>
public sealed class SearchReindex(ContentTransaction transaction, ContentChanges changes, ISearchEngine engine, SearchDocuments documents, SpellingTable spelling)
{
    /// <summary>Articles read and written at a time, and words counted per statement: a bounded memory and statement size.</summary>
    private const int BatchSize = 500;

    public Task<int> RunAsync(IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken) =>
        transaction.RunAsync(
            async token =>
            {
                await engine.ClearAsync(token);
                await spelling.ClearAsync(token);
                var total = await documents.PublishedCountAsync(token);
                var words = new Dictionary<string, int>(StringComparer.Ordinal);
                var done = 0;
                progress?.Report((done, total));
                for (var ids = await documents.PublishedIdsAsync(0, BatchSize, token); ids.Count > 0; ids = await documents.PublishedIdsAsync(ids[^1], BatchSize, token))
                {
                    foreach (var document in await documents.OfAsync(ids, token))
                    {
                        await engine.WriteAsync(document, token);
                        Count(words, document.SpellingWords);
                    }

                    done += ids.Count;
                    progress?.Report((done, Math.Max(done, total)));
                }

                await CountSpellingAsync(words, token);
                changes.Touch(CacheTags.AnyContent);
                return done;
            },
            cancellationToken);

    private static void Count(Dictionary<string, int> words, IEnumerable<string> documentWords)
    {
        foreach (var word in documentWords)
        {
            words[word] = words.GetValueOrDefault(word) + 1;
        }
    }

    private async Task CountSpellingAsync(Dictionary<string, int> words, CancellationToken cancellationToken)
    {
        foreach (var sameCount in words.GroupBy(w => w.Value))
        {
            foreach (var chunk in sameCount.Select(w => w.Key).Chunk(BatchSize))
            {
                await spelling.AddAsync(chunk, cancellationToken, sameCount.Key);
            }
        }
    }
}
