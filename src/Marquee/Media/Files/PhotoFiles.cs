using Marquee.Media.Photos;
using Marquee.Media.Renditions;

namespace Marquee.Media.Files;

/// <summary>Every stored file of a photo: its private original and the renditions its plan names.</summary>
public sealed class PhotoFiles(IMediaFiles files)
{
    public async Task DeleteAllAsync(Photo photo, CancellationToken cancellationToken)
    {
        foreach (var rendition in RenditionPlan.For(photo))
        {
            await files.DeleteAsync(rendition.Name, cancellationToken);
        }

        await files.DeleteAsync(photo.OriginalKey, cancellationToken);
    }
}
