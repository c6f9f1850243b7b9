using System.Globalization;
using Marquee.BrowserTests.Infrastructure;
using Marquee.BrowserTests.Reading;
using Microsoft.Playwright;

namespace Marquee.BrowserTests.Newsroom;

/// <summary>
/// Scheduling in real time: the one browser test that waits (up to a minute and a half) for a story's time,
/// in a class of its own so the other classes run meanwhile.
/// </summary>
public sealed class SchedulingTests(NewsroomSite site) : IClassFixture<NewsroomSite>
{
    private static readonly TimeSpan OnTime = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task An_editor_schedules_a_reviewed_story_a_minute_ahead_and_it_reaches_the_home_page_on_time()
    {
        var story = NewStory.About("Gala");
        await site.SubmittedByContributorAsync(story);
        await using var editorTab = await site.SignInAsync(site.Editor);
        await using var reader = await site.OpenAsync();
        var editor = new EditorView(editorTab.Page);

        await new DashboardView(editorTab.Page).WaitingForReview(story.Headline).ClickAsync();
        await editor.Form.Body.FillAsync(story.Body + "\n\nThe editor's last word.");
        await editor.Save.ClickAsync();
        await Expect(editor.Notice).ToContainTextAsync("Saved as version");
        var at = WholeMinuteAtLeastHalfAMinuteAfter(DateTime.UtcNow);
        await editor.ScheduleStep.ClickAsync();
        await editor.PublishAt.FillAsync(at.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await editor.Schedule.ClickAsync();
        await Expect(editor.Notice).ToHaveTextAsync("Now scheduled.");
        var polls = await PollHomeAsync(reader, story.Headline, until: at + OnTime);

        Assert.Contains(polls, poll => poll.Answered < at && !poll.Shown);
        Assert.DoesNotContain(polls, poll => poll.Answered < at && poll.Shown);
        var seen = polls.Find(poll => poll.Shown);
        Assert.True(seen is not null && seen.Asked <= at + OnTime, $"the story due at {at:HH:mm:ss} showed first on the home page asked for at {seen?.Asked:HH:mm:ss.fff} (blank: never)");
    }

    /// <summary>Far enough ahead for the editor's clicks, on the minute (the form's time has no seconds).</summary>
    private static DateTime WholeMinuteAtLeastHalfAMinuteAfter(DateTime now)
    {
        var later = now.AddSeconds(90);
        return new DateTime(later.Year, later.Month, later.Day, later.Hour, later.Minute, 0, DateTimeKind.Utc);
    }

    /// <summary>Loads the home page every quarter second until the story shows or the time is up: the scheduled-time poll.</summary>
    private static async Task<List<HomePoll>> PollHomeAsync(ReaderTab reader, string headline, DateTime until)
    {
        var home = new HomeView(reader.Page);
        var polls = new List<HomePoll>();
        while (DateTime.UtcNow <= until && !polls.Exists(poll => poll.Shown))
        {
            var asked = DateTime.UtcNow;
            await home.OpenAsync();
            polls.Add(new HomePoll(asked, DateTime.UtcNow, await home.Latest(headline).CountAsync() > 0));
            await Task.Delay(250, TestContext.Current.CancellationToken);
        }

        return polls;
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private sealed record HomePoll(DateTime Asked, DateTime Answered, bool Shown);
}
