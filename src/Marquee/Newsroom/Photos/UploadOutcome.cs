namespace Marquee.Newsroom.Photos;

/// <summary>What became of one uploaded file: the photo and its edit page, or the refusal naming the file and why.</summary>
public sealed record UploadOutcome(string File, long? PhotoId, string? EditUrl, string? Refusal);
