using System.Globalization;
using Marquee.BrowserTests.Infrastructure;
using Marquee.Newsroom.Staff;
using Marquee.Storage;
using Marquee.Tips.Access;
using Marquee.Tips.Inbox;
using Marquee.Tips.Keys;
using Marquee.Tips.Submissions;
using Microsoft.EntityFrameworkCore;

namespace Marquee.BrowserTests.Tips;

/// <summary>
/// A Marquee whose tip desk has one tip editor with a key (Argon2id and the proof of work at their cheapest), Chromium,
/// and the tip editor's side: open a tip by its receipt code with their passphrase, as the inbox does.
/// </summary>
public sealed class TipLineSite : IAsyncLifetime
{
    public const string Passphrase = "correct horse battery staple";

    public const string EditorPassword = "a long password for tests";

    private Chromium? _chromium;
    private long _editorId;

    public TipLineSite()
    {
        Server.Settings["Marquee:Tips:PassphraseIterations"] = "1";
        Server.Settings["Marquee:Tips:PassphraseMemoryKib"] = "64";
        Server.Settings["Marquee:Tips:MaxFileMegabytes"] = "2";
        Server.Settings["Marquee:Work:Bits"] = "8";
    }

    public MarqueeServer Server { get; } = new();

    /// <summary>The tip editor's sign-in; their tip key opens with <see cref="Passphrase"/>.</summary>
    public string EditorEmail { get; private set; } = "";

    public Task<ReaderTab> OpenAsync(bool javaScript) => _chromium!.OpenAsync(Server.BaseAddress, javaScript);

    public async ValueTask InitializeAsync()
    {
        await Server.InitializeAsync();
        EditorEmail = $"tips-{Guid.NewGuid().ToString("n")[..8]}@example.com";
        using var scope = Server.Services.CreateScope();
        var services = scope.ServiceProvider;
        _editorId = (await services.GetRequiredService<AddStaffUser>().AddAsync(EditorEmail, "Tip Editor", "Editor", EditorPassword, CancellationToken.None)).Id;
        await services.GetRequiredService<TipDeskMembers>().GrantAsync(EditorEmail);
        await services.GetRequiredService<TipKeys>().CreateAsync(new TipActor(_editorId, "Tip Editor"), Passphrase, Passphrase, CancellationToken.None);
        _chromium = await Chromium.LaunchAsync();
    }

    /// <summary>The id of the tip a receipt code names.</summary>
    public async Task<long> TipIdAsync(string receipt)
    {
        using var scope = Server.Services.CreateScope();
        var hash = ReceiptCodes.Hash(receipt);
        return await scope.ServiceProvider.GetRequiredService<MarqueeDbContext>().Set<Tip>().Where(t => t.ReceiptHash == hash).Select(t => t.Id).SingleAsync();
    }

    /// <summary>Runs retention as its background job would once the tip's time is up; returns how many tips it shredded.</summary>
    public async Task<int> ShredWhenDueAsync(long tipId)
    {
        using var scope = Server.Services.CreateScope();
        var services = scope.ServiceProvider;
        var due = await services.GetRequiredService<MarqueeDbContext>().Set<Tip>().Where(t => t.Id == tipId).Select(t => t.DeleteAfter).SingleAsync();
        return await services.GetRequiredService<TipShredder>().ShredDueAsync(due.AddMinutes(1), CancellationToken.None);
    }

    /// <summary>The tip a receipt code names, opened with the tip editor's key: its words and its files' names and bytes.</summary>
    public async Task<(OpenedTip Tip, List<byte[]> Files, string Received)> OpenTipAsync(string receipt)
    {
        using var scope = Server.Services.CreateScope();
        var services = scope.ServiceProvider;
        var keys = services.GetRequiredService<TipKeys>();
        var reader = services.GetRequiredService<TipReader>();
        var db = services.GetRequiredService<MarqueeDbContext>();
        var tipId = await TipIdAsync(receipt);
        var privateKey = await keys.UnlockAsync(_editorId, Passphrase, CancellationToken.None);
        var contentKey = await reader.ContentKeyAsync(tipId, (await keys.OfAsync(_editorId, CancellationToken.None))!, privateKey!, CancellationToken.None)
            ?? throw new Xunit.Sdk.XunitException($"tip {tipId}'s key does not open with the tip editor's key");
        var files = new List<byte[]>();
        foreach (var file in await db.Set<TipFile>().Where(f => f.TipId == tipId).OrderBy(f => f.Id).ToListAsync())
        {
            files.Add([.. (await reader.ContentOfAsync(file, contentKey, CancellationToken.None).ToListAsync()).SelectMany(chunk => chunk)]);
        }

        var received = await db.Set<TipEvent>().Where(e => e.TipId == tipId).Select(e => e.Action).FirstAsync();
        return (await reader.OpenAsync(tipId, contentKey, CancellationToken.None), files, received);
    }

    public async ValueTask DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        await Server.DisposeAsync();
    }
}
