using Marquee.Media.Photos;

namespace Marquee.Content.Galleries;

/// <summary>What a card shows of a gallery: its cover photo and how many photos it shows now.</summary>
public sealed record GalleryCover(Photo Photo, int PhotoCount);
