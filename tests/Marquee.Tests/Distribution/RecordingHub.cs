using Microsoft.AspNetCore.Http;

namespace Marquee.Tests.Distribution;

/// <summary>A stand-in WebSub hub that records every publish ping POSTed to it.</summary>
public sealed class RecordingHub() : RecordingEndpoint<HubPing>(ReadAsync)
{
    public IReadOnlyList<HubPing> Pings => Received;

    /// <summary>The first ping, after the first <paramref name="skip"/>, that names every one of <paramref name="feedUrls"/>.</summary>
    public Task<HubPing> WaitForAsync(int skip, params string[] feedUrls) =>
        WaitForAsync(skip, ping => feedUrls.All(ping.Urls.Contains), $"naming {string.Join(", ", feedUrls)}");

    private static async Task<HubPing> ReadAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        return new HubPing(form["hub.mode"].ToString(), form["hub.url"].Select(u => u!).ToList());
    }
}
