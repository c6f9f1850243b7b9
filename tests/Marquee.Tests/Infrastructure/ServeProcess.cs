using System.Diagnostics;
using System.Globalization;

namespace Marquee.Tests.Infrastructure;

/// <summary>A `marquee serve` process of its own, on 127.0.0.1; killed on dispose.</summary>
public sealed class ServeProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(60);
    private readonly Process _process;

    private ServeProcess(Process process, HttpClient client) => (_process, Client) = (process, client);

    public HttpClient Client { get; }

    public static async Task<ServeProcess> StartAsync(Func<string, ProcessStartInfo> startInfo, int port)
    {
        var address = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        var process = Process.Start(startInfo($"serve --urls {address}"))!;
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var node = new ServeProcess(process, new HttpClient { BaseAddress = new Uri(address) });
        var deadline = DateTime.UtcNow + StartupLimit;
        while (!await node.IsReadyAsync())
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                await node.DisposeAsync();
                Assert.Fail($"marquee serve on {address} was not ready within {StartupLimit.TotalSeconds} s");
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        return node;
    }

    /// <summary>SIGKILL to the process and anything it started, as a crash or `kill -9` ends it: nothing is flushed or shut down.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await KillAsync();
        _process.Dispose();
    }

    private async Task<bool> IsReadyAsync()
    {
        try
        {
            using var response = await Client.GetAsync("/readyz", TestContext.Current.CancellationToken);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
