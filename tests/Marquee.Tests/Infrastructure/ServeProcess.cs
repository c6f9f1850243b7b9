using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Marquee.Tests.Infrastructure;

/// <summary>A `marquee serve` process of its own, on 127.0.0.1; killed on dispose.</summary>
public sealed class ServeProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(60);

    /// <summary>Enough of the process's standard error to explain a failure, not so much that a chatty node fills memory.</summary>
    private const int KeptErrorLines = 200;

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _errors = new();

    private ServeProcess(Process process, HttpClient client) => (_process, Client) = (process, client);

    public HttpClient Client { get; }

    /// <summary>The last lines the process wrote to standard error (warnings and worse: the tests' log level), for failure messages.</summary>
    public string ErrorOutput => string.Join('\n', _errors);

    public static async Task<ServeProcess> StartAsync(Func<string, ProcessStartInfo> startInfo, int port)
    {
        var address = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        var process = Process.Start(startInfo($"serve --urls {address}"))!;
        var node = new ServeProcess(process, new HttpClient { BaseAddress = new Uri(address) });
        process.ErrorDataReceived += (_, line) => node.KeepError(line.Data);
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
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

    private void KeepError(string? line)
    {
        if (line is null)
        {
            return;
        }

        _errors.Enqueue(line);
        while (_errors.Count > KeptErrorLines && _errors.TryDequeue(out _))
        {
        }
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
