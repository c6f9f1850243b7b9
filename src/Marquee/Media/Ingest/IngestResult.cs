using Marquee.Media.Photos;

namespace Marquee.Media.Ingest;

/// <summary>The stored photo (a new one, or the one already holding the same bytes), or why the upload was refused.</summary>
public sealed record IngestResult(Photo? Photo, string? Refusal)
{
    public static IngestResult Stored(Photo photo) => new(photo, null);

    public static IngestResult Refused(string fileName, string reason) => new(null, $"{fileName}: {reason}");

    public bool IsStored => Photo is not null;
}
