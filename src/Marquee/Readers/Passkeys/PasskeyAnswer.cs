using System.Buffers.Text;
using System.Text.Json;
using Fido2NetLib;

namespace Marquee.Readers.Passkeys;

/// <summary>
/// The browser's answer as its PublicKeyCredential.toJSON() wrote it, read into Fido2's types, with the challenge its
/// client data signed (what finds the waiting options). Anything that is not such an answer is a refusal, not an error.
/// </summary>
internal static class PasskeyAnswer
{
    public static (T? Answer, byte[]? Challenge) Read<T>(string? json, Func<T, byte[]> clientData)
        where T : class
    {
        try
        {
            if (string.IsNullOrWhiteSpace(json) || JsonSerializer.Deserialize<T>(json) is not { } answer)
            {
                return (null, null);
            }

            using var client = JsonDocument.Parse(clientData(answer));
            var challenge = client.RootElement.GetProperty("challenge").GetString();
            return challenge is not null && Base64Url.IsValid(challenge) ? (answer, Base64Url.DecodeFromChars(challenge)) : (null, null);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException or Fido2VerificationException)
        {
            return (null, null);
        }
    }
}
