using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Marquee.BrowserTests.Infrastructure;

/// <summary>
/// One reader's browser context with one page open, closed when the test ends so contexts do not pile
/// up in the class's shared browser. It notes every request that fails or answers an error, because a
/// missing stylesheet or photo leaves a page that still "has the text" and would otherwise pass. Every test runs
/// under the site's Content-Security-Policy: a script, style or image it blocks fails the test as the tab closes.
/// </summary>
public sealed class ReaderTab : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly ConcurrentQueue<string> _brokenRequests = new();
    private readonly ConcurrentQueue<string> _policyViolations = new();

    private ReaderTab(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.RequestFailed += (_, request) => _brokenRequests.Enqueue($"{request.Url}: {request.Failure}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                _policyViolations.Enqueue($"{page.Url}: {message.Text}");
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                _brokenRequests.Enqueue($"{response.Url}: {response.Status}");
            }
        };
    }

    public IPage Page { get; }

    /// <summary>Requests of this page that failed or answered 4xx/5xx, as "url: reason".</summary>
    public IReadOnlyCollection<string> BrokenRequests => _brokenRequests;

    /// <summary>Another tab of the same person (same cookies, its own sessionStorage), closed with this one.</summary>
    public Task<IPage> OpenAnotherTabAsync() => _context.NewPageAsync();

    public static async Task<ReaderTab> OpenAsync(IBrowser browser, BrowserNewContextOptions options)
    {
        var context = await browser.NewContextAsync(options);
        return new ReaderTab(context, await context.NewPageAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
        Assert.True(_policyViolations.IsEmpty, $"The Content-Security-Policy blocked:\n{string.Join('\n', _policyViolations)}");
    }
}
