using System.Text.RegularExpressions;

namespace Marquee.Tests.Infrastructure;

/// <summary>Reads the .eml files Marquee writes under DataPath/mail when no SMTP host is configured.</summary>
public static partial class Mailbox
{
    /// <summary>The messages sent to an address, oldest first.</summary>
    public static IReadOnlyList<string> To(MarqueeServer server, string address)
    {
        var folder = Path.Combine(server.DataPath, "mail");
        return !Directory.Exists(folder)
            ? []
            : Directory.EnumerateFiles(folder, "*.eml")
                .Select(file => (File: file, Text: File.ReadAllText(file)))
                .Where(mail => mail.Text.Contains($"To: {address}", StringComparison.OrdinalIgnoreCase))
                .OrderBy(mail => File.GetLastWriteTimeUtc(mail.File))
                .Select(mail => mail.Text)
                .ToList();
    }

    /// <summary>The path and query of the newsroom link in the latest mail to an address.</summary>
    public static string LatestLink(MarqueeServer server, string address)
    {
        var mails = To(server, address);
        Assert.NotEmpty(mails);
        var link = NewsroomLink().Match(mails[^1]);
        Assert.True(link.Success, $"no newsroom link in the mail to {address}");
        return new Uri(link.Value).PathAndQuery;
    }

    /// <summary>The link in the first mail to an address, once one arrives: reset mails leave after the page has answered.</summary>
    public static async Task<string> LinkWhenMailedAsync(MarqueeServer server, string address)
    {
        await NodePages.ByAsync(() => Task.FromResult(To(server, address).Count > 0), DateTime.UtcNow.AddSeconds(15), $"no mail reached {address}");
        return LatestLink(server, address);
    }

    /// <summary>The user and token a mailed link carries, as the form on its page posts them back.</summary>
    public static Dictionary<string, string> LinkFields(string link)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost"), link).Query);
        return new() { ["user"] = query["user"]!, ["Token"] = query["token"]! };
    }

    [GeneratedRegex(@"https?://\S+/newsroom/\S+")]
    private static partial Regex NewsroomLink();
}
