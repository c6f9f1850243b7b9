using Marquee.Content.Galleries;

namespace Marquee.Content.Articles;

/// <summary>The story as the article page shows it, with the galleries its body embeds; a preview leaves out what only a public story has (share links).</summary>
public sealed record ArticleStory(ArticleDetail Article, bool IsPreview, GalleryEmbedsFound Embeds);
