using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Marquee.Tests.Import;

/// <summary>
/// An old WordPress site's uploads on a real 127.0.0.1 port: the files it is given under /wp-content/uploads/, one that
/// never answers (/wp-content/uploads/never.jpg) and, for any other path, 404.
/// </summary>
public sealed class MediaServer(IReadOnlyDictionary<string, byte[]> files) : IAsyncDisposable
{
    public const string NeverAnswers = "never.jpg";

    private WebApplication? _app;

    public string Uploads { get; private set; } = "";

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGet("/wp-content/uploads/{**path}", async (string path, HttpContext context) =>
        {
            if (path == NeverAnswers)
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }

            return files.TryGetValue(path, out var bytes) ? Results.Bytes(bytes, "image/jpeg") : Results.NotFound();
        });
        await _app.StartAsync();
        Uploads = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/wp-content/uploads/";
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
