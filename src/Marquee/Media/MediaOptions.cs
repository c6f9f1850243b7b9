using Marquee.Platform;

namespace Marquee.Media;

/// <summary>"Marquee:Media": what an upload may be, how many full-size decodes run at once, where files live.</summary>
public sealed class MediaOptions : ICheckedOptions
{
    public const string Section = "Marquee:Media";

    /// <summary>Uploads larger than this are refused while reading, so no more than this is ever held.</summary>
    public int MaxUploadMegabytes { get; set; } = 40;

    /// <summary>Width × height from the header, checked before decoding: a decompression bomb is refused unread.</summary>
    public int MaxMegapixels { get; set; } = 100;

    /// <summary>An animated GIF with more frames is refused; renditions show its first frame.</summary>
    public int MaxGifFrames { get; set; } = 1000;

    /// <summary>Full-size decodes at once (checks and renditions); 0 = one per core.</summary>
    public int DecodeSlots { get; set; }

    public MediaS3Options S3 { get; set; } = new();

    /// <summary>Attempts at a photo's renditions when they fail from a transient cause (storage, database) before it is failed for good.</summary>
    public int RenditionAttempts { get; set; } = 5;

    /// <summary>Seconds before the first retry, doubling after each failure; also how often each node sweeps for due work.</summary>
    public int RenditionRetrySeconds { get; set; } = 30;

    /// <summary>
    /// Seconds a stored file that no photo claims is left alone before the sweep removes it: an upload writes its original
    /// before its row commits, so a younger one may be an upload still in flight on another process.
    /// </summary>
    public int UnclaimedFileGraceSeconds { get; set; } = 3600;

    /// <summary>What is wrong with these settings, or null: checked at start so a bad value fails the process, not an upload.</summary>
    public string? Problem() =>
        MaxUploadMegabytes <= 0 || MaxMegapixels <= 0 || MaxGifFrames <= 0 || DecodeSlots < 0 || RenditionAttempts <= 0 || RenditionRetrySeconds <= 0 || UnclaimedFileGraceSeconds <= 0
            ? "Marquee:Media:MaxUploadMegabytes, MaxMegapixels, MaxGifFrames, RenditionAttempts, RenditionRetrySeconds and UnclaimedFileGraceSeconds must be positive, DecodeSlots 0 or more."
            : S3.IsConfigured && (S3.Bucket.Length == 0 || !Uri.TryCreate(S3.ServiceUrl, UriKind.Absolute, out _))
                ? $"Marquee:Media:S3: ServiceUrl '{S3.ServiceUrl}' must be an absolute URL and Bucket must be set."
                : null;

    public long MaxUploadBytes => MaxUploadMegabytes * 1024L * 1024L;

    public int EffectiveDecodeSlots => DecodeSlots > 0 ? DecodeSlots : Environment.ProcessorCount;
}
