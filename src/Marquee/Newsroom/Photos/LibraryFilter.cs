namespace Marquee.Newsroom.Photos;

/// <summary>The media library's filters, as the page's query string names them.</summary>
public enum LibraryFilter
{
    All,
    Expired,
    MissingAlt,
    MissingCredit,
    Unused,
}
