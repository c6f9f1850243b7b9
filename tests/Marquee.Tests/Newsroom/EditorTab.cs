using AngleSharp.Dom;

namespace Marquee.Tests.Newsroom;

/// <summary>
/// One article open in the newsroom editor in one tab, as a person without JavaScript uses it: the form's
/// fields as the page filled them in, changed and saved; a successful save refills them (the new version).
/// </summary>
public sealed class EditorTab(StaffSession session, long articleId)
{
    public Dictionary<string, string> Fields { get; private set; } = [];

    public string Path => $"/newsroom/articles/{articleId}";

    public static async Task<EditorTab> OpenAsync(StaffSession session, long articleId)
    {
        var tab = new EditorTab(session, articleId);
        tab.Fill(await session.PageAsync(tab.Path));
        return tab;
    }

    /// <summary>Posts the form; the answer is the editor page again (200 saved, 4xx refused with the reason).</summary>
    public async Task<(HttpStatusCode Status, IDocument Page)> SaveAsync()
    {
        using var response = await session.PostAsync($"{Path}?handler=Save", Fields, Path);
        var page = HtmlPage.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        if (response.IsSuccessStatusCode)
        {
            Fill(page);
        }

        return (response.StatusCode, page);
    }

    private void Fill(IDocument page)
    {
        Fields = FormFields.Of(page, "#article-form");
    }
}
