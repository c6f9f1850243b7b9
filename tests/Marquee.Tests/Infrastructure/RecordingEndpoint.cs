using Microsoft.AspNetCore.Http;
using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Logging;

namespace Marquee.Tests.Infrastructure;

/// <summary>
/// A stand-in for an outside service Marquee calls (a WebSub hub, a CDN's purge API): a real HTTP server
/// on a free 127.0.0.1 port that records what each POST said, as <paramref name="read"/> reads it.
/// </summary>
public class RecordingEndpoint<T>(Func<HttpRequest, Task<T>> read) : IAsyncDisposable
{
    private readonly ConcurrentQueue<T> _received = new();
    private WebApplication? _app;

    public string Url { get; private set; } = "";

    public IReadOnlyList<T> Received => _received.ToArray();

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/{**path}", async (HttpRequest request) =>
        {
            _received.Enqueue(await read(request));
            return Results.NoContent();
        });
        await _app.StartAsync();
        Url = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
    }

    /// <summary>The first call, after the first <paramref name="skip"/>, that <paramref name="matches"/>; fails after a few seconds.</summary>
    public async Task<T> WaitForAsync(int skip, Func<T, bool> matches, string expected)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (Received.Skip(skip).FirstOrDefault(matches) is { } call)
            {
                return call;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        throw new Xunit.Sdk.XunitException($"no call {expected}; got: {string.Join(" | ", Received)}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
