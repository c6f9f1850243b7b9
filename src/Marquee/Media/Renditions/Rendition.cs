namespace Marquee.Media.Renditions;

/// <summary>One file made from a photo: its content-hashed name (served at /media/{Name}), size and format.</summary>
public sealed record Rendition(string Name, PhotoShape Shape, int Width, int Height, RenditionFormat Format)
{
    public string Url => $"/media/{Name}";
}
