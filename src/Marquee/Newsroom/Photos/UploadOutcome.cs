namespace Marquee.Newsroom.Photos;

/// <summary>
/// What became of one uploaded file: the photo and its edit page, or the refusal naming the file and why. A stored
/// photo's caption, alt text and credit (those its file carried) fill the editor's credit prompt.
/// </summary>
public sealed record UploadOutcome(string File, long? PhotoId, string? EditUrl, string? Refusal)
{
    public string? Caption { get; init; }

    public string? AltText { get; init; }

    public string? Credit { get; init; }
}
