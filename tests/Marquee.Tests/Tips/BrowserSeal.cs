using System.Net.Http.Json;
using System.Text.Json;
using Geralt;
using Marquee.Tips.Sealing;
using Marquee.Tips.Submissions;

namespace Marquee.Tests.Tips;

/// <summary>A tip sealed the way /js/tips.js seals it, built in C# from the same primitives, for the server's side of decision 0077.</summary>
public sealed class BrowserSeal
{
    private readonly byte[] _contentKey = new byte[ContentKeyWrap.KeySize];

    public BrowserSeal()
    {
        SecureRandom.Fill(_contentKey);
        ReceiptHash = ReceiptCodes.Hash(Receipt);
    }

    public string Receipt { get; } = ReceiptCodes.New();

    public string ReceiptHash { get; }

    public MultipartFormDataContent Form(IEnumerable<SealingKey> keys, string message, params byte[][] sealedFiles)
    {
        var context = ReceiptCodes.Context(ReceiptHash);
        var form = new MultipartFormDataContent
        {
            { new StringContent(ReceiptHash), "ReceiptHash" },
            { new StringContent(""), "Receipt" },
            { new ByteArrayContent(SealedBox.Seal(JsonSerializer.SerializeToUtf8Bytes(new TipText(message, "")), _contentKey, context)), "SealedMessage", "message" },
        };
        foreach (var key in keys)
        {
            form.Add(new StringContent($"{key.Id}:{Convert.ToBase64String(ContentKeyWrap.Wrap(_contentKey, Convert.FromBase64String(key.PublicKey), context))}"), "Wrap");
        }

        foreach (var file in sealedFiles)
        {
            form.Add(new ByteArrayContent(file), "SealedFile", "sealed");
        }

        return form;
    }

    /// <summary>A file sealed in chunks with its description first, as the script writes it.</summary>
    public byte[] SealFile(string name, byte[] content)
    {
        using var output = new MemoryStream();
        using (var sealer = new SealedStream(output, _contentKey))
        {
            sealer.WriteChunkAsync(JsonSerializer.SerializeToUtf8Bytes(new SealedFileName(name, "text/plain")), default).GetAwaiter().GetResult();
            sealer.WriteChunkAsync(content, default).GetAwaiter().GetResult();
            sealer.FinishAsync(default).GetAwaiter().GetResult();
        }

        return output.ToArray();
    }

    public static async Task<List<SealingKey>> KeysAsync(StaffSession source) =>
        (await source.Client.GetFromJsonAsync<List<SealingKey>>("/tips/keys", TestContext.Current.CancellationToken))!;

    public static Task<HttpResponseMessage> PostAsync(StaffSession source, MultipartFormDataContent form) =>
        source.Client.PostAsync("/tips?handler=Sealed", form, TestContext.Current.CancellationToken);
}
