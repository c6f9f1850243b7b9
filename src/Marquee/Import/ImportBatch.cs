using Marquee.Content.Articles;
using Marquee.Content.Authors;
using Marquee.Content.StaticPages;
using Marquee.Content.Tags;
using Marquee.Import.Photos;

namespace Marquee.Import;

/// <summary>Everything one import file holds, in Marquee's terms. A format reader produces it; the runner saves it whole or not at all.</summary>
public sealed class ImportBatch
{
    /// <summary>Photos for the media library, when the import has their files (<see cref="ImportMedia"/>); saved before the articles that show them.</summary>
    public List<ImportRecord<ImportPhoto>> Photos { get; } = [];

    public List<ImportRecord<TagInput>> Tags { get; } = [];

    public List<ImportRecord<AuthorInput>> Authors { get; } = [];

    public List<ImportRecord<ArticleInput>> Articles { get; } = [];

    public List<ImportRecord<StaticPageInput>> Pages { get; } = [];

    public List<ImportSkip> Skipped { get; } = [];

    public int Count => Photos.Count + Tags.Count + Authors.Count + Articles.Count + Pages.Count;
}
