namespace Marquee.Content;

/// <summary>One page of a list; <see cref="HasNext"/> comes from reading one row more than shown.</summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int Page, bool HasNext)
{
    public bool HasPrevious => Page > 1;
}
