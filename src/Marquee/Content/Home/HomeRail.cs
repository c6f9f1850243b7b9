using Microsoft.AspNetCore.Mvc;

namespace Marquee.Content.Home;

/// <summary>
/// A module of the home page below the top stories: a view component whose <c>InvokeAsync(HomeFront front)</c> renders
/// one section (nothing when it has nothing to show) and tags the page with what it shows. Rails render by
/// <see cref="Order"/>, lowest first; only those marked <see cref="EveryPage"/> render on <c>/?page=2</c> and later.
/// </summary>
public sealed record HomeRail(Type ViewComponent, int Order, bool EveryPage = false);

/// <summary>How a desk puts a rail on the home page: <c>services.AddHomeRail&lt;MyRailViewComponent&gt;(order)</c>.</summary>
public static class HomeRails
{
    public static IServiceCollection AddHomeRail<TViewComponent>(this IServiceCollection services, int order, bool everyPage = false)
        where TViewComponent : ViewComponent =>
        services.AddSingleton(new HomeRail(typeof(TViewComponent), order, everyPage));

    /// <summary>The rails of one page of home, in order.</summary>
    public static IReadOnlyList<HomeRail> On(IEnumerable<HomeRail> rails, int page) =>
        [.. rails.Where(rail => page <= 1 || rail.EveryPage).OrderBy(rail => rail.Order)];
}
