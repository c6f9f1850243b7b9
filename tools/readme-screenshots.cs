// Takes the README's screenshots from a running demo site with Debian's Chromium:
// `dotnet run tools/readme-screenshots.cs -- http://127.0.0.1:5000 PASSWORD` from the repository root, where PASSWORD is
// the demo administrator's (`marquee user password --email demo@marquee.local` sets one). Writes docs/images/*.png.
#:package Microsoft.Playwright
#:property PublishAot=false

using Microsoft.Playwright;

var (site, password) = (args[0].TrimEnd('/'), args[1]);
var folder = Path.Combine("docs", "images");
Directory.CreateDirectory(folder);

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new()
{
    ExecutablePath = "/usr/bin/chromium",
    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});

var desktop = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1366, Height = 900 } });
await ShootAsync(desktop, "/", "home");
await desktop.ClickAsync("main a[href^='/news/']");
await ShootAsync(desktop, null, "article");
await ShootAsync(desktop, "/photos/" + await FirstGallerySlugAsync(desktop), "gallery");

var phone = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, DeviceScaleFactor = 2 });
await ShootAsync(phone, "/", "home-phone");

await desktop.GotoAsync(site + "/newsroom/login");
await desktop.FillAsync("input[name=Email]", "demo@marquee.local");
await desktop.FillAsync("input[name=Password]", password);
await desktop.ClickAsync("form:not([data-passkey]) button[type=submit]");
await ShootAsync(desktop, "/newsroom", "newsroom");
await desktop.ClickAsync("a[href^='/newsroom/articles/']:has-text('Pink')");
await ShootAsync(desktop, null, "editor");

async Task ShootAsync(IPage page, string? path, string name)
{
    if (path is not null)
    {
        await page.GotoAsync(site + path);
    }

    await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png") });
    Console.WriteLine($"{name}: {page.Url}");
}

async Task<string> FirstGallerySlugAsync(IPage page)
{
    await page.GotoAsync(site + "/sitemap-galleries.xml");
    var loc = await page.EvaluateAsync<string>("() => document.getElementsByTagName('loc')[0].textContent");
    return new Uri(loc).AbsolutePath.Split('/')[2];
}
