using Marquee.Newsletters.Lists;
using Marquee.Newsroom.Staff;
using Marquee.Storage;
using Microsoft.EntityFrameworkCore;

namespace Marquee.Tests.Newsletters;

/// <summary>Newsletter lists made and changed in the newsroom by an editor, every change in the audit log, bad input refused with nothing changed.</summary>
public sealed class NewsletterListTests(NewsroomServer newsroom) : IClassFixture<NewsroomServer>
{
    private readonly MarqueeServer _server = newsroom.Server;

    [Fact]
    public async Task An_editor_adds_a_list_changes_it_and_the_history_says_who_did_what()
    {
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        var name = $"Red Carpet {Guid.NewGuid().ToString("n")[..6]}";

        using var added = await editor.PostAsync("/newsroom/newsletters?handler=Create", Fields(name, cadence: "Weekly", weekday: "Sunday", sendAt: "21:30"), "/newsroom/newsletters");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var path = added.Headers.Location!.OriginalString;
        var list = await ListAsync(name);
        Assert.Equal((Cadence.Weekly, DayOfWeek.Sunday, new TimeOnly(21, 30), true), (list.Cadence, list.Weekday, list.SendAt, list.IsActive));
        Assert.Equal($"/newsroom/newsletters/{list.Id}", path);

        var changed = Fields(name, cadence: "Daily", sendAt: "06:45");
        changed.Remove("Form.IsActive");
        using (var saved = await editor.PostAsync($"{path}?handler=Save", changed, path))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        list = await ListAsync(name);
        Assert.Equal((Cadence.Daily, new TimeOnly(6, 45), false), (list.Cadence, list.SendAt, list.IsActive));
        var history = (await editor.PageAsync(path)).QuerySelectorAll("#newsletter-history tbody tr").Select(row => row.TextContent).ToList();
        Assert.Equal(2, history.Count);
        Assert.Contains("changed", history[0], StringComparison.Ordinal);
        Assert.Contains("daily at 06:45, inactive", history[0], StringComparison.Ordinal);
        Assert.Contains("created", history[1], StringComparison.Ordinal);
        Assert.Contains("Sundays at 21:30, active", history[1], StringComparison.Ordinal);
        Assert.Contains("Test Person", history[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "07:00", "Daily", "The name is empty")]
    [InlineData("Daily\r\nBcc: everyone@example.com", "07:00", "Daily", "one line")]
    [InlineData("Fine name", "25:00", "Daily", "not a time of day")]
    [InlineData("Fine name", "7 o'clock", "Daily", "not a time of day")]
    [InlineData("Fine name", "07:00", "Hourly", "not daily or weekly")]
    [InlineData("Fine name", "07:00", "1", "not daily or weekly")]
    public async Task Bad_input_is_refused_with_what_is_wrong_and_nothing_is_saved(string name, string sendAt, string cadence, string message)
    {
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        var before = await CountAsync();

        using var refused = await editor.PostAsync("/newsroom/newsletters?handler=Create", Fields(name, cadence: cadence, sendAt: sendAt), "/newsroom/newsletters");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains(message, await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_slug_in_use_is_refused_and_the_list_keeps_its_own()
    {
        using var editor = await StaffSession.SignInAsync(_server, StaffRole.Editor);
        var first = $"First {Guid.NewGuid().ToString("n")[..6]}";
        var second = $"Second {Guid.NewGuid().ToString("n")[..6]}";
        foreach (var name in new[] { first, second })
        {
            using var added = await editor.PostAsync("/newsroom/newsletters?handler=Create", Fields(name), "/newsroom/newsletters");
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        var taken = await ListAsync(first);
        var other = await ListAsync(second);
        var path = $"/newsroom/newsletters/{other.Id}";
        using var refused = await editor.PostAsync($"{path}?handler=Save", Fields(second, slug: taken.Slug), path);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var text = await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("already has the slug", text, StringComparison.Ordinal);
        Assert.Contains(taken.Slug, text, StringComparison.Ordinal);
        Assert.Equal(other.Slug, (await ListAsync(second)).Slug);
    }

    [Fact]
    public async Task An_author_cannot_manage_lists_and_sees_no_link_to_them()
    {
        using var author = await StaffSession.SignInAsync(_server, StaffRole.Author);
        var before = await CountAsync();

        using var refused = await author.PostAsync("/newsroom/newsletters?handler=Create", Fields("Sneaky"), "/newsroom");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(before, await CountAsync());
        Assert.Null((await author.PageAsync("/newsroom")).QuerySelector("a[href='/newsroom/newsletters']"));
    }

    private static Dictionary<string, string> Fields(string name, string? slug = null, string cadence = "Daily", string weekday = "Monday", string sendAt = "07:00") => new()
    {
        ["Form.Name"] = name,
        ["Form.Slug"] = slug ?? "",
        ["Form.Description"] = "What is on tonight.",
        ["Form.Cadence"] = cadence,
        ["Form.Weekday"] = weekday,
        ["Form.SendAt"] = sendAt,
        ["Form.IsActive"] = "true",
    };

    private async Task<NewsletterList> ListAsync(string name)
    {
        await using var scope = _server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MarqueeDbContext>().Set<NewsletterList>().AsNoTracking().SingleAsync(l => l.Name == name, TestContext.Current.CancellationToken);
    }

    private async Task<int> CountAsync()
    {
        await using var scope = _server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MarqueeDbContext>().Set<NewsletterList>().CountAsync(TestContext.Current.CancellationToken);
    }
}
