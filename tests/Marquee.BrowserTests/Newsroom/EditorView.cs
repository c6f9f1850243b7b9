using System.Globalization;
using Microsoft.Playwright;

namespace Marquee.BrowserTests.Newsroom;

/// <summary>One article in the newsroom editor: its form, the workflow buttons, the lock notice and the messages.</summary>
public sealed class EditorView(IPage page)
{
    public ArticleFormView Form { get; } = new(page);

    public ILocator Save => page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true });

    public ILocator SubmitForReview => page.GetByRole(AriaRole.Button, new() { Name = "Submit for review" });

    public ILocator PublishNow => page.GetByRole(AriaRole.Button, new() { Name = "Publish now" });

    public ILocator PublishAt => page.GetByLabel("Publish at (UTC)");

    public ILocator Schedule => page.GetByRole(AriaRole.Button, new() { Name = "Schedule", Exact = true });

    public ILocator State => page.Locator("#state");

    /// <summary>Who else has the article open, with the take-over button; absent when this tab holds the lock.</summary>
    public ILocator LockNotice => page.Locator("#lock");

    public ILocator TakeOver => page.GetByRole(AriaRole.Button, new() { Name = "Take over" });

    public ILocator Notice => page.Locator(".nr-notice");

    public ILocator Error => page.GetByRole(AriaRole.Alert);

    /// <summary>The version this page was filled from (the autosave moves it on).</summary>
    public ILocator Version => page.Locator("#version");

    public ILocator CompareFrom => page.GetByLabel("From");

    public ILocator CompareTo => page.GetByLabel("To");

    public ILocator Compare => page.GetByRole(AriaRole.Button, new() { Name = "Compare" });

    /// <summary>The article's id, from the editor's address (/newsroom/articles/{id}).</summary>
    public long Id => long.Parse(new Uri(page.Url).Segments[^1], CultureInfo.InvariantCulture);

    public Task OpenAsync(long id) => page.GotoAsync($"/newsroom/articles/{id}");
}
