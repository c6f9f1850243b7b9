using Marquee.Content.Articles;
using Marquee.Content.Authors;
using Marquee.Content.StaticPages;
using Marquee.Content.Tags;

namespace Marquee.Import;

/// <summary>Everything one import file holds, in Marquee's terms. A format reader produces it; the runner saves it whole or not at all.</summary>
public sealed class ImportBatch
{
    public List<ImportRecord<TagInput>> Tags { get; } = [];

    public List<ImportRecord<AuthorInput>> Authors { get; } = [];

    public List<ImportRecord<ArticleInput>> Articles { get; } = [];

    public List<ImportRecord<StaticPageInput>> Pages { get; } = [];

    public List<ImportSkip> Skipped { get; } = [];

    public int Count => Tags.Count + Authors.Count + Articles.Count + Pages.Count;
}
