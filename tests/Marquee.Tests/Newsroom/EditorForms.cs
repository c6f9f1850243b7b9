using Marquee.Content.Articles;

namespace Marquee.Tests.Newsroom;

/// <summary>The editor's forms as a browser posts them, over real HTTP: the newsroom page tests share these steps.</summary>
internal static class EditorForms
{
    public static async Task<long> CreateAsync(StaffSession session, string headline)
    {
        using var response = await session.PostAsync("/newsroom/articles/new", new() { ["Headline"] = headline, ["Body"] = "Some *text*." });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return long.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static Task<HttpResponseMessage> SaveAsync(StaffSession session, long id, Dictionary<string, string> form) =>
        session.PostAsync($"/newsroom/articles/{id}?handler=Save", form, $"/newsroom/articles/{id}");

    public static async Task<AngleSharp.Dom.IDocument> ParseAsync(HttpResponseMessage response) =>
        HtmlPage.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

    /// <summary>Posts a confirmed workflow move from an editor tab (the page it last showed, with its version and lock token), as its publish step does.</summary>
    public static async Task<HttpResponseMessage> MoveAsync(StaffSession session, long id, AngleSharp.Dom.IDocument tab, EditorialState to, Dictionary<string, string>? extra = null)
    {
        var fields = Hidden(tab);
        fields["to"] = to.ToString();
        fields["confirmed"] = "true";
        foreach (var (name, value) in extra ?? [])
        {
            fields[name] = value;
        }

        return await session.PostAsync($"/newsroom/articles/{id}?handler=Move", fields, $"/newsroom/articles/{id}");
    }

    /// <summary>The editor form's fields as the page filled them in.</summary>
    public static async Task<Dictionary<string, string>> FormAsync(StaffSession session, long id) =>
        Form(await session.PageAsync($"/newsroom/articles/{id}"));

    /// <summary>The editor form's fields as this page of it filled them in (the page a save or move answered with, too).</summary>
    public static Dictionary<string, string> Form(AngleSharp.Dom.IDocument page) => FormFields.Of(page, "#article-form");

    public static Dictionary<string, string> Hidden(AngleSharp.Dom.IDocument page) => new()
    {
        ["Version"] = page.QuerySelector("#version")!.GetAttribute("value")!,
        ["LockToken"] = page.QuerySelector("#lock-token")!.GetAttribute("value") ?? "",
    };
}
