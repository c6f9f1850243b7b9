using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Marquee.Tests.Readers;

/// <summary>
/// A passkey authenticator in software (P-256, "none" attestation, user verified), answering WebAuthn options as
/// a browser's PublicKeyCredential.toJSON() would, so tests can also answer for another site or replay an answer.
/// </summary>
public sealed class SoftwarePasskey : IDisposable
{
    private static readonly string[] Transports = ["internal"];

    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private byte[] _userHandle = [];
    private uint _counter;

    public byte[] CredentialId { get; } = RandomNumberGenerator.GetBytes(16);

    /// <summary>The answer to creation options: a new credential for the options' relying party and user.</summary>
    public string Register(string optionsJson, string origin, string? rpId = null)
    {
        using var options = JsonDocument.Parse(optionsJson);
        var root = options.RootElement;
        _userHandle = Base64Url.DecodeFromChars(root.GetProperty("user").GetProperty("id").GetString());
        var authData = AuthenticatorData(rpId ?? root.GetProperty("rp").GetProperty("id").GetString()!, 0x45, AttestedCredential());
        var attestation = Cbor.Map(Cbor.Text("fmt"), Cbor.Text("none"), Cbor.Text("attStmt"), Cbor.Map(), Cbor.Text("authData"), Cbor.Bytes(authData));
        return Credential(new Dictionary<string, object>
        {
            ["clientDataJSON"] = B64(ClientData("webauthn.create", root, origin)),
            ["attestationObject"] = B64(attestation),
            ["transports"] = Transports,
        });
    }

    /// <summary>The answer to request options: this passkey's signature over the options' challenge.</summary>
    public string SignIn(string optionsJson, string origin, string? rpId = null)
    {
        using var options = JsonDocument.Parse(optionsJson);
        var root = options.RootElement;
        var authData = AuthenticatorData(rpId ?? root.GetProperty("rpId").GetString()!, 0x05, []);
        var clientData = ClientData("webauthn.get", root, origin);
        var signature = _key.SignData([.. authData, .. SHA256.HashData(clientData)], HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        return Credential(new Dictionary<string, object>
        {
            ["authenticatorData"] = B64(authData),
            ["clientDataJSON"] = B64(clientData),
            ["signature"] = B64(signature),
            ["userHandle"] = B64(_userHandle),
        });
    }

    public void Dispose() => _key.Dispose();

    private string Credential(Dictionary<string, object> response) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["id"] = B64(CredentialId),
        ["rawId"] = B64(CredentialId),
        ["type"] = "public-key",
        ["response"] = response,
        ["clientExtensionResults"] = new Dictionary<string, object>(),
    });

    private static byte[] ClientData(string type, JsonElement options, string origin) => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["type"] = type,
        ["challenge"] = options.GetProperty("challenge").GetString()!,
        ["origin"] = origin,
        ["crossOrigin"] = false,
    }));

    /// <summary>rpIdHash, flags (user present and verified, and AT when a credential follows), the counter, then the credential.</summary>
    private byte[] AuthenticatorData(string rpId, byte flags, byte[] attested)
    {
        var counter = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(counter, ++_counter);
        return [.. SHA256.HashData(Encoding.UTF8.GetBytes(rpId)), flags, .. counter, .. attested];
    }

    /// <summary>AAGUID (zeros), the credential id with its length, and the public key as a COSE EC2 key (ES256).</summary>
    private byte[] AttestedCredential()
    {
        var point = _key.ExportParameters(false).Q;
        var length = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)CredentialId.Length);
        var coseKey = Cbor.Map(Cbor.Int(1), Cbor.Int(2), Cbor.Int(3), Cbor.Int(-7), Cbor.Int(-1), Cbor.Int(1), Cbor.Int(-2), Cbor.Bytes(point.X!), Cbor.Int(-3), Cbor.Bytes(point.Y!));
        return [.. new byte[16], .. length, .. CredentialId, .. coseKey];
    }

    private static string B64(byte[] bytes) => Base64Url.EncodeToString(bytes);

    /// <summary>The little CBOR an authenticator writes: small integers, byte and text strings, maps.</summary>
    private static class Cbor
    {
        public static byte[] Int(int value) => value >= 0 ? Head(0, value) : Head(1, -1 - value);

        public static byte[] Bytes(byte[] value) => [.. Head(2, value.Length), .. value];

        public static byte[] Text(string value) => [.. Head(3, Encoding.UTF8.GetByteCount(value)), .. Encoding.UTF8.GetBytes(value)];

        public static byte[] Map(params byte[][] keysAndValues) => [.. Head(5, keysAndValues.Length / 2), .. keysAndValues.SelectMany(part => part)];

        private static byte[] Head(int major, int length) => length switch
        {
            < 24 => [(byte)((major << 5) | length)],
            < 256 => [(byte)((major << 5) | 24), (byte)length],
            _ => [(byte)((major << 5) | 25), (byte)(length >> 8), (byte)length],
        };
    }
}
