using Microsoft.AspNetCore.Mvc;

namespace Marquee.Content.Reads;

/// <summary>The most-read rail on the home page (a home rail, decision 0080): filled by its script, so the page stays cached.</summary>
public sealed class MostReadHomeRailViewComponent : ViewComponent
{
    public IViewComponentResult Invoke() => View("/Content/Reads/_MostReadRail.cshtml", MostReadRail.Home);
}
