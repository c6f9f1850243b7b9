using System.Net.Http.Headers;
using System.Net.Http.Json;
using Marquee.Platform.Work;
using Marquee.Tests.Platform;
using System.Text.RegularExpressions;
using Marquee.Tips.Submissions;

namespace Marquee.Tests.Tips;

/// <summary>A source's browser: the /tips form posted as multipart, from its own loopback address (flood control counts per address).</summary>
public static partial class TipForms
{
    private static int _lastAddress = 10;

    /// <summary>A fresh client address per call, so one test's submissions never spend another's budget.</summary>
    public static StaffSession NewSource(MarqueeServer server)
    {
        var n = Interlocked.Increment(ref _lastAddress);
        return StaffSession.AnonymousFrom(server, new IPAddress([127, 0, (byte)(n / 250), (byte)((n % 250) + 2)]));
    }

    public static Task<HttpResponseMessage> SubmitAsync(StaffSession source, string message, string contact = "", params (string Name, byte[] Bytes)[] files) =>
        PostAsync(source, message, contact, "", files);

    /// <summary>As /js/tips.js sends it: with a proof of work for a challenge from /tips/work in the Marquee-Work header.</summary>
    public static async Task<HttpResponseMessage> SubmitWithProofAsync(StaffSession source, string message)
    {
        var challenge = await source.Client.GetFromJsonAsync<WorkChallenge>("/tips/work", TestContext.Current.CancellationToken);
        return await PostAsync(source, message, "", "", [], Proofs.Solve(challenge!));
    }

    /// <summary>A follow-up: the earlier tip's receipt code in the form's receipt field.</summary>
    public static Task<HttpResponseMessage> FollowUpAsync(StaffSession source, string receipt, string message, params (string Name, byte[] Bytes)[] files) =>
        PostAsync(source, message, "", receipt, files);

    private static async Task<HttpResponseMessage> PostAsync(StaffSession source, string message, string contact, string receipt, (string Name, byte[] Bytes)[] files, string? proof = null)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(message), "Message" },
            { new StringContent(contact), "Contact" },
            { new StringContent(receipt), "Receipt" },
        };
        foreach (var (name, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "Files", name);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/tips") { Content = form };
        if (proof is not null)
        {
            request.Headers.Add(WorkChallenges.Header, proof);
        }

        return await source.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static async Task<string> ReceiptOfAsync(HttpResponseMessage response)
    {
        var page = HtmlPage.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return page.QuerySelector("#receipt-code")?.TextContent ?? throw new Xunit.Sdk.XunitException($"no receipt: {(int)response.StatusCode} {page.QuerySelector(".tip-error")?.TextContent}");
    }

    public static async Task<string> ErrorOfAsync(HttpResponseMessage response) =>
        HtmlPage.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Text(".tip-error");

    public static long TipIdOf(MarqueeServer server, string receipt) =>
        long.Parse(server.Database.Scalar($"SELECT id FROM tips WHERE receipt_hash = '{ReceiptCodes.Hash(receipt)}'")!, System.Globalization.CultureInfo.InvariantCulture);

    public static string[] SealedFiles(MarqueeServer server)
    {
        var folder = Path.Combine(server.DataPath, "tips");
        return Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
    }

    [GeneratedRegex("^[A-Z0-9]{4}(-[A-Z0-9]{4}){4}$")]
    public static partial Regex ReceiptShape();
}
