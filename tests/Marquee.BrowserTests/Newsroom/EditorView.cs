using System.Globalization;
using Microsoft.Playwright;

namespace Marquee.BrowserTests.Newsroom;

/// <summary>One article in the newsroom editor: its form, the workflow buttons, the lock notice and the messages.</summary>
public sealed class EditorView(IPage page)
{
    public ArticleFormView Form { get; } = new(page);

    public ILocator Save => page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true });

    public ILocator SubmitForReview => page.GetByRole(AriaRole.Button, new() { Name = "Submit for review" });

    /// <summary>Opens the publish step (its checklist and confirmation).</summary>
    public ILocator Publish => page.GetByRole(AriaRole.Button, new() { Name = "Publish…" });

    /// <summary>Opens the schedule step (its times and confirmation).</summary>
    public ILocator ScheduleStep => page.GetByRole(AriaRole.Button, new() { Name = "Schedule…" });

    /// <summary>The publish step: checklist, times and the confirm button.</summary>
    public ILocator Step => page.Locator("#publish-step");

    /// <summary>The publish step's confirmation.</summary>
    public ILocator PublishNow => page.GetByRole(AriaRole.Button, new() { Name = "Publish now" });

    public ILocator PublishAt => page.GetByLabel("Publish at (UTC)");

    /// <summary>The schedule step's confirmation.</summary>
    public ILocator Schedule => page.GetByRole(AriaRole.Button, new() { Name = "Schedule", Exact = true });

    public ILocator State => page.Locator("#state");

    /// <summary>The list of keyboard shortcuts that ? opens.</summary>
    public ILocator Shortcuts => page.GetByRole(AriaRole.Dialog, new() { Name = "Keyboard shortcuts" });

    /// <summary>Save and this state's main move, kept in view.</summary>
    public ILocator ActionsBar => page.Locator("#actions-bar");

    /// <summary>Who else has the article open, with the take-over button; absent when this tab holds the lock.</summary>
    public ILocator LockNotice => page.Locator("#lock");

    /// <summary>Whether the lock notice was on screen in any frame drawn since <see cref="WatchLockNoticeAsync"/>.</summary>
    public Task<bool> LockNoticeWasDrawnAsync() => page.EvaluateAsync<bool>("() => window.lockNoticeDrawn === true");

    /// <summary>Waits until a frame is drawn with the lock notice on screen.</summary>
    public Task LockNoticeDrawnAsync() => page.WaitForFunctionAsync("() => window.lockNoticeDrawn === true");

    /// <summary>From the next page on, checks before every frame is drawn whether the lock notice is visible.</summary>
    public Task WatchLockNoticeAsync() => page.AddInitScriptAsync("""
        window.lockNoticeDrawn = false;
        const watch = () => {
            window.lockNoticeDrawn ||= document.getElementById("lock")?.checkVisibility() === true;
            requestAnimationFrame(watch);
        };
        requestAnimationFrame(watch);
        """);

    /// <summary>Set while newsroom-lock-reload.js keeps the notice hidden for the editor script to decide.</summary>
    public ILocator LockDeciding => page.Locator("html[data-lock-reopening]");

    public ILocator TakeOver => page.GetByRole(AriaRole.Button, new() { Name = "Take over" });

    public ILocator Notice => page.Locator(".nr-notice");

    public ILocator Error => page.GetByRole(AriaRole.Alert);

    /// <summary>The version this page was filled from (the autosave moves it on).</summary>
    public ILocator Version => page.Locator("#version");

    public ILocator Compare => page.GetByRole(AriaRole.Button, new() { Name = "Compare" });

    /// <summary>The article's id, from the editor's address (/newsroom/articles/{id}).</summary>
    public long Id => long.Parse(new Uri(page.Url).Segments[^1], CultureInfo.InvariantCulture);

    public Task OpenAsync(long id) => page.GotoAsync($"/newsroom/articles/{id}");
}
