using Marquee.Content.Articles;

namespace Marquee.Content.History;

/// <summary>Compares two versions of an article field by field; the body also line by line.</summary>
public static class ArticleDiff
{
    public static IReadOnlyList<FieldChange> Between(ArticleInput older, ArticleInput newer) =>
        ArticleFields.Of(older).Zip(ArticleFields.Of(newer))
            .Where(pair => !string.Equals(pair.First.Value, pair.Second.Value, StringComparison.Ordinal))
            .Select(pair => new FieldChange(
                pair.First.Name,
                pair.First.Value,
                pair.Second.Value,
                pair.First.Name == ArticleFields.Body ? LineDiff.Between(pair.First.Value ?? "", pair.Second.Value ?? "") : []))
            .ToList();
}
