namespace Marquee.Content.Ads;

/// <summary>From <see cref="MinWidth"/> CSS pixels up, the slot takes these sizes and reserves the tallest.</summary>
public sealed record AdBreakpoint(int MinWidth, IReadOnlyList<AdSize> Sizes)
{
    public int ReservedHeight => Sizes.Max(size => size.Height);
}
