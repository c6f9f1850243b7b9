using Marquee.Content.Live;

namespace Marquee.Newsroom.Live;

/// <summary>The live desk's entry form: bylines as author slugs separated by commas or spaces.</summary>
public sealed class LiveEntryForm
{
    public string? Title { get; set; }

    public string? Body { get; set; }

    public long? PhotoId { get; set; }

    public string? Authors { get; set; }

    public bool KeyEvent { get; set; }

    public LiveEntryInput Input() => new()
    {
        Title = Title,
        BodyMarkdown = Body ?? "",
        PhotoId = PhotoId,
        AuthorSlugs = (Authors ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        IsKeyEvent = KeyEvent,
    };
}
