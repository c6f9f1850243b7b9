using Microsoft.Playwright;

namespace Marquee.BrowserTests.Reading;

/// <summary>The story cards of any page (home, listings, the article's rail) as laid out: what a reader's eye and thumb meet.</summary>
public sealed class CardsView(IPage page)
{
    /// <summary>The rendered height in CSS pixels of each card's section link.</summary>
    public Task<double[]> SectionLinkHeightsAsync() =>
        page.EvaluateAsync<double[]>("[...document.querySelectorAll('.card a.kicker')].map(a => a.getBoundingClientRect().height)");

    /// <summary>Each card with a summary: its headline's and then its summary's computed font size, in pixels.</summary>
    public Task<double[][]> TypeScalesAsync() =>
        page.EvaluateAsync<double[][]>("""
            [...document.querySelectorAll('.card')].filter(c => c.querySelector('.dek'))
                .map(c => [c.querySelector('h3'), c.querySelector('.dek')].map(e => parseFloat(getComputedStyle(e).fontSize)))
            """);
}
