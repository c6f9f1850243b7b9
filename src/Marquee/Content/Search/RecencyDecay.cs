namespace Marquee.Content.Search;

/// <summary>The freshness factor of <see cref="SearchOptions"/>: Floor + (1 − Floor) / (1 + age in days / HalfLifeDays).</summary>
public sealed record RecencyDecay(double HalfLifeDays, double Floor)
{
    public static RecencyDecay From(SearchOptions options) => new(options.RecencyHalfLifeDays, options.RecencyFloor);
}
