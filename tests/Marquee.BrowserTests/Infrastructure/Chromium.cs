using Microsoft.Playwright;

namespace Marquee.BrowserTests.Infrastructure;

/// <summary>Debian's Chromium, because Playwright's own browser download cannot work here; the flags keep it off the network.</summary>
public static class Chromium
{
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("MARQUEE_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                // WebAuthn refuses IP addresses as relying-party ids, so newsroom tests browse to localhost; the server listens
                // on 127.0.0.1 only, and the rule sends localhost there at once instead of trying ::1 first.
                "--host-resolver-rules=MAP localhost 127.0.0.1",
            ],
        });
}
