using Marquee.Newsroom.Staff;

namespace Marquee.Tests.CrashSafety;

/// <summary>
/// A `marquee serve` process on its own data and a fixed port, to kill with SIGKILL and start again where its clients (and
/// their cookies) still look for it. Set <see cref="MarqueeCli.Settings"/> on <see cref="Cli"/> before starting.
/// </summary>
internal sealed class CrashableNode : IAsyncDisposable
{
    private readonly int _port = FreePorts.Next();

    public MarqueeCli Cli { get; } = new();

    public ServeProcess Process { get; private set; } = null!;

    /// <summary>Migrates, starts the node and signs a new staff user of the role in over HTTP (the user made by `marquee user add`).</summary>
    public async Task<StaffSession> StartSignedInAsync(StaffRole role)
    {
        await StartAsync();
        var email = $"crash-{role.Display()}@example.com";
        var (exit, _, error) = await Cli.RunAsync($"user add --email {email} --name \"Crash {role.Display()}\" --role {role.Display()}", StaffSession.Password);
        Assert.True(exit == 0, error);
        return await StaffSession.SignInAsync(Process.Client.BaseAddress!, email);
    }

    public async Task StartAsync()
    {
        var (exit, _, error) = await Cli.RunAsync("migrate");
        Assert.True(exit == 0, error);
        Process = await Cli.ServeAsync(_port);
    }

    public Task KillAsync() => Process.KillAsync();

    /// <summary>After a kill: the SQLite file must be intact as the kill left it; then the node starts again on the same data and port.</summary>
    public async Task RestartAsync()
    {
        Assert.Equal("ok", Cli.Database.IntegrityCheck());
        await Process.DisposeAsync();
        Process = await Cli.ServeAsync(_port);
    }

    public async ValueTask DisposeAsync()
    {
        if (Process is not null)
        {
            await Process.DisposeAsync();
        }

        Cli.Dispose();
    }
}
