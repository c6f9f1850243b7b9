using System.Text.RegularExpressions;
using Marquee.BrowserTests.Infrastructure;
using Marquee.Content.Articles;
using Marquee.Newsroom.Locks;
using Marquee.Newsroom.Staff;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Marquee.BrowserTests.Newsroom;

/// <summary>
/// A real Marquee with the demo content (its tags and authors) and one login per role (two editors), made by
/// the service `marquee user add` uses, and Debian's Chromium. People sign in through the real login form.
/// </summary>
public sealed partial class NewsroomSite : IAsyncLifetime
{
    private readonly MarqueeServer _server;
    private readonly DemoSite _site;

    public NewsroomSite()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <summary>The same site with further settings (a faster live cadence, a shorter page), set before the server starts.</summary>
    internal NewsroomSite(IReadOnlyDictionary<string, string?> settings)
    {
        _server = new NewsroomServer().Server;
        foreach (var (key, value) in settings)
        {
            _server.Settings[key] = value;
        }

        _site = new DemoSite(_server);
    }

    public StaffAccount Contributor { get; } = new("connie@newsroom.test", "Connie Contributor", StaffRole.Contributor);

    public StaffAccount Author { get; } = new("arthur@newsroom.test", "Arthur Author", StaffRole.Author);

    public StaffAccount Editor { get; } = new("edith@newsroom.test", "Edith Editor", StaffRole.Editor);

    public StaffAccount SecondEditor { get; } = new("eddie@newsroom.test", "Eddie Deskman", StaffRole.Editor);

    public StaffAccount Administrator { get; } = new("ada@newsroom.test", "Ada Administrator", StaffRole.Administrator);

    public IEnumerable<StaffAccount> Accounts => [Contributor, Author, Editor, SecondEditor, Administrator];

    public Uri BaseAddress => _site.BaseAddress;

    public async ValueTask InitializeAsync()
    {
        await _site.InitializeAsync();
        foreach (var account in Accounts)
        {
            await AddAsync(account);
        }
    }

    /// <summary>One more login of <paramref name="role"/>, for a test that changes its account (its passkeys); returns its email.</summary>
    public async Task<string> AddStaffAsync(string name, StaffRole role)
    {
        var account = new StaffAccount($"{role.Display()}-{Guid.NewGuid().ToString("n")[..10]}@newsroom.test", name, role);
        await AddAsync(account);
        return account.Email;
    }

    /// <summary>A reader of the public site (JavaScript off unless asked: the public pages need none).</summary>
    public Task<ReaderTab> OpenAsync(bool javaScript = false) => _site.OpenAsync(javaScript);

    /// <summary>A fresh browser context signed in as <paramref name="account"/> through the login form, on the dashboard.</summary>
    public async Task<ReaderTab> SignInAsync(StaffAccount account, bool javaScript = true)
    {
        var tab = await _site.OpenAsync(javaScript);
        var login = new SignInView(tab.Page);
        await login.OpenAsync();
        if (javaScript)
        {
            // The page asks for passkey-autofill options as it loads; signing in before they arrive would cut that request off.
            await Assertions.Expect(login.PasskeyForm).ToHaveAttributeAsync("data-autofill", AnyValue());
        }

        await login.Email.FillAsync(account.Email);
        await login.Password.FillAsync(StaffAccount.Password);
        await login.SignIn.ClickAsync();
        await Assertions.Expect(tab.Page).ToHaveURLAsync(Dashboard());
        return tab;
    }

    /// <summary>
    /// A step several scenarios start from: the contributor writes the story, submits it for review and leaves
    /// the editor, which frees the article for the editors. Returns the article's id.
    /// </summary>
    public async Task<long> SubmittedByContributorAsync(NewStory story)
    {
        await using var contributor = await SignInAsync(Contributor);
        var editor = await new NewArticleView(contributor.Page).WriteAsync(story);
        await editor.SubmitForReview.ClickAsync();
        await Assertions.Expect(editor.Notice).ToHaveTextAsync("Now in review.");
        var id = editor.Id;
        await new DashboardView(contributor.Page).OpenAsync();
        Assert.True(await WaitUntilUnlockedAsync(id), "leaving the editor did not free the article");
        return id;
    }

    /// <summary>The article as stored, read through the product's own query.</summary>
    public async Task<EditableArticle> StoredAsync(long id)
    {
        using var scope = _server.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<EditableArticles>().GetAsync(id, TestContext.Current.CancellationToken);
    }

    /// <summary>The id of the published article at <paramref name="slug"/>, read through the product's own query.</summary>
    public async Task<long> IdOfAsync(string slug)
    {
        using var scope = _server.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<ArticleQueries>().FindBySlugAsync(slug, TestContext.Current.CancellationToken))!.Id;
    }

    /// <summary>A library photo as stored, read through the product's own query.</summary>
    public async Task<Marquee.Media.Photos.Photo?> PhotoAsync(long id)
    {
        using var scope = _server.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<Marquee.Media.Photos.PhotoQueries>().FindAsync(id, TestContext.Current.CancellationToken);
    }

    /// <summary>Waits (up to five seconds) until nobody holds the article's edit lock; false if someone still does.</summary>
    public async Task<bool> WaitUntilUnlockedAsync(long id)
    {
        var until = DateTime.UtcNow.AddSeconds(5);
        while (await IsLockedAsync(id))
        {
            if (DateTime.UtcNow > until)
            {
                return false;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        return true;
    }

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    /// <summary>Adds the login through the service `marquee user add` uses.</summary>
    private async Task AddAsync(StaffAccount account)
    {
        using var scope = _server.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<AddStaffUser>()
            .AddAsync(account.Email, account.Name, account.Role.Display(), StaffAccount.Password, TestContext.Current.CancellationToken);
    }

    private async Task<bool> IsLockedAsync(long id)
    {
        using var scope = _server.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<MarqueeDbContext>().Set<ArticleLock>().AnyAsync(l => l.ArticleId == id, TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("/newsroom$")]
    private static partial Regex Dashboard();

    [GeneratedRegex(".")]
    private static partial Regex AnyValue();
}
