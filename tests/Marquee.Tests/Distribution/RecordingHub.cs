using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Marquee.Tests.Distribution;

/// <summary>A stand-in WebSub hub on a free 127.0.0.1 port that records every form POSTed to it.</summary>
public sealed class RecordingHub : IAsyncDisposable
{
    private readonly ConcurrentQueue<HubPing> _pings = new();
    private WebApplication? _app;

    public string Url { get; private set; } = "";

    public IReadOnlyList<HubPing> Pings => _pings.ToArray();

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            _pings.Enqueue(new HubPing(form["hub.mode"].ToString(), form["hub.url"].Select(u => u!).ToList()));
            return Results.NoContent();
        });
        await _app.StartAsync();
        Url = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
    }

    /// <summary>The first ping, after the first <paramref name="skip"/>, that names every one of <paramref name="feedUrls"/>; fails after a few seconds.</summary>
    public async Task<HubPing> WaitForAsync(int skip, params string[] feedUrls)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (Pings.Skip(skip).FirstOrDefault(p => feedUrls.All(p.Urls.Contains)) is { } ping)
            {
                return ping;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        throw new Xunit.Sdk.XunitException($"the hub heard nothing naming {string.Join(", ", feedUrls)}; it got: {string.Join(" | ", Pings.SelectMany(p => p.Urls))}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
