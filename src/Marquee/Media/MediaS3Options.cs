namespace Marquee.Media;

/// <summary>"Marquee:Media:S3": S3-compatible object storage for media; an empty ServiceUrl keeps media on the local disk.</summary>
public sealed class MediaS3Options
{
    public string ServiceUrl { get; set; } = "";

    public string Bucket { get; set; } = "";

    public string AccessKey { get; set; } = "";

    public string SecretKey { get; set; } = "";

    /// <summary>Bucket in the path (http://host/bucket/key), as MinIO and most self-hosted stores expect.</summary>
    public bool ForcePathStyle { get; set; } = true;

    public bool IsConfigured => ServiceUrl.Length > 0;
}
