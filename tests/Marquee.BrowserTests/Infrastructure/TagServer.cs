namespace Marquee.BrowserTests.Infrastructure;

/// <summary>
/// A third party on another origin (127.0.0.1 while the site is localhost) serving the scripts tests configure as
/// analytics and ad tags: the files under Consent/Tags.
/// </summary>
public sealed class TagServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TagServer(WebApplication app) => _app = app;

    /// <summary>scheme://host:port, as a Content-Security-Policy source names it.</summary>
    public string Origin => _app.Urls.Single();

    public string Url(string path) => Origin + path;

    public static async Task<TagServer> StartAsync()
    {
        var app = WebApplication.Create(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]);
        var tags = Path.Combine(AppContext.BaseDirectory, "Consent", "Tags");
        app.MapGet("/{name}.js", (string name) => Microsoft.AspNetCore.Http.Results.File(Path.Combine(tags, Path.GetFileName(name) + ".js"), "text/javascript"));
        await app.StartAsync();
        return new TagServer(app);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
