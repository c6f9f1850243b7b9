using System.Text;

namespace Marquee.Tips.Submissions;

/// <summary>A tip form's fields read off the stream up to their limits and no further: a longer one is refused, not buffered.</summary>
public static class TipFormFields
{
    public const int MaxContactCharacters = 500;

    public const int MaxReceiptCharacters = 64;

    public static async Task<string> ReadTextAsync(Stream body, int maxCharacters, string what, CancellationToken cancellationToken)
    {
        var buffer = await ReadAtMostAsync(body, (maxCharacters * 4) + 1, cancellationToken);
        var text = buffer is null ? null : Encoding.UTF8.GetString(buffer).ReplaceLineEndings("\n");
        if (buffer is not null)
        {
            Array.Clear(buffer);
        }

        return text is not null && text.Length <= maxCharacters
            ? text
            : throw new TipRefusedException(StatusCodes.Status413PayloadTooLarge, $"The {what} is over {maxCharacters} characters: nothing was sent.");
    }

    public static async Task<byte[]> ReadBytesAsync(Stream body, int maxBytes, string what, CancellationToken cancellationToken) =>
        await ReadAtMostAsync(body, maxBytes + 1, cancellationToken)
            ?? throw new TipRefusedException(StatusCodes.Status413PayloadTooLarge, $"The {what} is too long: nothing was sent.");

    /// <summary>The whole field, or null when it holds <paramref name="limit"/> bytes or more.</summary>
    private static async Task<byte[]?> ReadAtMostAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[limit];
        var read = await body.ReadAtLeastAsync(buffer, limit, throwOnEndOfStream: false, cancellationToken);
        var field = read < limit ? buffer[..read] : null;
        Array.Clear(buffer);
        return field;
    }
}
