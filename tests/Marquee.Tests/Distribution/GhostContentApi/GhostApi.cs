using System.Text.Json;
using Marquee.Content;
using Marquee.Distribution.GhostContentApi.Keys;

namespace Marquee.Tests.Distribution.GhostContentApi;

/// <summary>Reads a test server's Content API with a key issued the way the product issues them.</summary>
public sealed class GhostApi(MarqueeServer server)
{
    public const string Root = "/ghost/api/content";

    public async Task<string> AddKeyAsync(string? name = null)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var key = await scope.ServiceProvider.GetRequiredService<ContentApiKeys>().AddAsync(name ?? TestContent.UniqueSlug("front-end"), TestContext.Current.CancellationToken);
        return key.Secret;
    }

    public Task<string> RemoveKeyAsync(string name) =>
        server.WriteAsync((services, ct) => services.GetRequiredService<ContentApiKeys>().RemoveAsync(name, ct));

    /// <summary>GET {Root}/{path} with ?key= added; the status and the parsed JSON body.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string path, string key)
    {
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return await GetRawAsync($"{Root}/{path}{separator}key={key}");
    }

    public async Task<(HttpStatusCode Status, JsonElement Body)> GetRawAsync(string url)
    {
        using var response = await server.Client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString());
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
        return (response.StatusCode, body);
    }

    /// <summary>The one Ghost error a failed request answers with: its type and message.</summary>
    public static (string Type, string Message) Error(JsonElement body)
    {
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray().ToList());
        return (error.GetProperty("type").GetString()!, error.GetProperty("message").GetString()!);
    }

    public static IReadOnlyList<string> Slugs(JsonElement body, string resource = "posts") =>
        body.GetProperty(resource).EnumerateArray().Select(p => p.GetProperty("slug").GetString()!).ToList();
}
