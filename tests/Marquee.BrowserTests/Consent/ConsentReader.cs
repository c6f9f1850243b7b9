using System.Collections.Concurrent;
using Marquee.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Marquee.BrowserTests.Consent;

/// <summary>A reader's tab on the consent site with the banner's page object and every request it makes to another origin.</summary>
public sealed class ConsentReader : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _thirdParty = new();
    private readonly Uri _site;

    private ConsentReader(ReaderTab tab, Uri site)
    {
        Tab = tab;
        _site = site;
        Banner = new ConsentBannerView(tab.Page);
        var origin = site.GetLeftPart(UriPartial.Authority);
        tab.Page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(origin, StringComparison.Ordinal))
            {
                _thirdParty.Enqueue(request.Url);
            }
        };
    }

    public ReaderTab Tab { get; }

    public IPage Page => Tab.Page;

    public ConsentBannerView Banner { get; }

    /// <summary>Requests to any origin but the site's, in order: the tags, once allowed, and nothing else.</summary>
    public IReadOnlyCollection<string> ThirdPartyRequests => _thirdParty;

    /// <summary>A fresh reader; with <paramref name="globalPrivacyControl"/> the browser sends GPC as Firefox and Brave can.</summary>
    public static async Task<ConsentReader> OpenAsync(DemoSite site, bool javaScript = true, bool globalPrivacyControl = false)
    {
        var reader = new ConsentReader(await site.OpenAsync(javaScript), site.BaseAddress);
        if (globalPrivacyControl)
        {
            await reader.Page.Context.AddInitScriptAsync("Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true });");
        }

        return reader;
    }

    /// <summary>Sets the consent cookie as an earlier visit (or a tampering reader) left it.</summary>
    public Task SetCookieAsync(string value) =>
        Page.Context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = "marquee_consent", Value = value, Url = _site.ToString() }]);

    public ValueTask DisposeAsync() => Tab.DisposeAsync();
}
