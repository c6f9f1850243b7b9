using Marquee.Content.Body;
using Marquee.Media.Photos;

namespace Marquee.Content.Articles;

/// <summary>
/// The story as the article page shows it, with what its body embeds (galleries, photos); a preview leaves out what only a
/// public story has (share links). <paramref name="Photo"/> is the library photo behind the feature image, rendered
/// as a responsive picture.
/// </summary>
public sealed record ArticleStory(ArticleDetail Article, bool IsPreview, StoryBody Body, Photo? Photo = null);
