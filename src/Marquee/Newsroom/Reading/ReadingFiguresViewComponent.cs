using Marquee.Content.Reads;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Newsroom.Reading;

/// <summary>The dashboard's reading figures: the counts the most-read rail is made of, per story and per section (first-party, no reader kept).</summary>
public sealed class ReadingFiguresViewComponent(MostRead mostRead) : ViewComponent
{
    public const int Stories = 10;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var figures = new ReadingFigures(await mostRead.PerStoryAsync(Stories, cancellationToken), await mostRead.PerSectionAsync(cancellationToken));
        return View("/Newsroom/Reading/_ReadingFigures.cshtml", figures);
    }
}
