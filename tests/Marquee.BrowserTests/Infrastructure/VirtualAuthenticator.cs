using System.Text.Json;
using Microsoft.Playwright;

namespace Marquee.BrowserTests.Infrastructure;

/// <summary>
/// Chromium's WebAuthn virtual authenticator (DevTools protocol), standing in for a laptop's built-in one:
/// it keeps discoverable passkeys and verifies its user without a prompt, so the page's real script runs end to end.
/// </summary>
public sealed class VirtualAuthenticator
{
    private readonly ICDPSession _devTools;
    private readonly string _id;

    private VirtualAuthenticator(ICDPSession devTools, string id)
    {
        _devTools = devTools;
        _id = id;
    }

    public static async Task<VirtualAuthenticator> AddToAsync(IPage page)
    {
        var devTools = await page.Context.NewCDPSessionAsync(page);
        await devTools.SendAsync("WebAuthn.enable");
        var added = await devTools.SendAsync("WebAuthn.addVirtualAuthenticator", new()
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
            },
        });
        return new VirtualAuthenticator(devTools, added!.Value.GetProperty("authenticatorId").GetString()!);
    }

    /// <summary>
    /// Whether the device answers at once, as if its person touched it (the default). Off, a request waits as a
    /// passkey autofill does until its person picks a passkey; a request made while off keeps waiting.
    /// </summary>
    public Task AnswerAtOnceAsync(bool atOnce) =>
        _devTools.SendAsync("WebAuthn.setAutomaticPresenceSimulation", new() { ["authenticatorId"] = _id, ["enabled"] = atOnce });

    /// <summary>The relying-party ids of the passkeys the authenticator holds.</summary>
    public async Task<IReadOnlyList<string>> RelyingPartiesAsync()
    {
        var credentials = await _devTools.SendAsync("WebAuthn.getCredentials", new() { ["authenticatorId"] = _id });
        return [.. credentials!.Value.GetProperty("credentials").EnumerateArray().Select(c => c.GetProperty("rpId").GetString()!)];
    }
}
