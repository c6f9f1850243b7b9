using System.Buffers.Binary;
using System.Buffers.Text;
using System.Formats.Cbor;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Marquee.Tests.Infrastructure;

/// <summary>
/// A WebAuthn authenticator and browser in one, in software: it answers the server's options JSON with what
/// a browser's PublicKeyCredential.toJSON() sends — one ES256 passkey, "none" attestation, user present and
/// verified — so integration tests reach Identity's real checks (challenge, origin, relying party, signature).
/// </summary>
public sealed class SoftwareAuthenticator(string origin) : IDisposable
{
    private const byte UserPresent = 0x01;
    private const byte UserVerified = 0x04;
    private const byte AttestedCredentialData = 0x40;

    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly byte[] _credentialId = RandomNumberGenerator.GetBytes(32);
    private string _userHandle = "";
    private uint _signCount;

    /// <summary>The answer to navigator.credentials.create(options).</summary>
    public string Create(string creationOptionsJson)
    {
        var options = JsonNode.Parse(creationOptionsJson)!;
        _userHandle = (string)options["user"]!["id"]!;
        var clientData = ClientData("webauthn.create", (string)options["challenge"]!);
        var authenticatorData = AuthenticatorData((string)options["rp"]!["id"]!, UserPresent | UserVerified | AttestedCredentialData, [.. new byte[16], .. CredentialIdLength(), .. _credentialId, .. CosePublicKey()]);
        return Credential(new JsonObject
        {
            ["clientDataJSON"] = Base64Url.EncodeToString(clientData),
            ["attestationObject"] = Base64Url.EncodeToString(AttestationObject(authenticatorData)),
            ["transports"] = new JsonArray("internal"),
        });
    }

    /// <summary>The answer to navigator.credentials.get(options), signed with the passkey's private key.</summary>
    public string Get(string requestOptionsJson)
    {
        var options = JsonNode.Parse(requestOptionsJson)!;
        var clientData = ClientData("webauthn.get", (string)options["challenge"]!);
        var authenticatorData = AuthenticatorData((string)options["rpId"]!, UserPresent | UserVerified, []);
        var signature = _key.SignData([.. authenticatorData, .. SHA256.HashData(clientData)], HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        return Credential(new JsonObject
        {
            ["clientDataJSON"] = Base64Url.EncodeToString(clientData),
            ["authenticatorData"] = Base64Url.EncodeToString(authenticatorData),
            ["signature"] = Base64Url.EncodeToString(signature),
            ["userHandle"] = _userHandle,
        });
    }

    public void Dispose() => _key.Dispose();

    private string Credential(JsonObject response)
    {
        var id = Base64Url.EncodeToString(_credentialId);
        return new JsonObject
        {
            ["id"] = id,
            ["rawId"] = id,
            ["type"] = "public-key",
            ["authenticatorAttachment"] = "platform",
            ["response"] = response,
            ["clientExtensionResults"] = new JsonObject(),
        }.ToJsonString();
    }

    private byte[] ClientData(string type, string challenge) =>
        Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { type, challenge, origin, crossOrigin = false }));

    private byte[] AuthenticatorData(string rpId, int flags, byte[] attested)
    {
        var count = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(count, ++_signCount);
        return [.. SHA256.HashData(Encoding.UTF8.GetBytes(rpId)), (byte)flags, .. count, .. attested];
    }

    private byte[] CredentialIdLength()
    {
        var length = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)_credentialId.Length);
        return length;
    }

    /// <summary>The public key as a COSE EC2 key (RFC 9053): kty 2, alg -7 (ES256), crv 1 (P-256), x, y.</summary>
    private byte[] CosePublicKey()
    {
        var point = _key.ExportParameters(includePrivateParameters: false).Q;
        var cbor = new CborWriter(CborConformanceMode.Ctap2Canonical);
        cbor.WriteStartMap(5);
        cbor.WriteInt32(1);
        cbor.WriteInt32(2);
        cbor.WriteInt32(3);
        cbor.WriteInt32(-7);
        cbor.WriteInt32(-1);
        cbor.WriteInt32(1);
        cbor.WriteInt32(-2);
        cbor.WriteByteString(point.X!);
        cbor.WriteInt32(-3);
        cbor.WriteByteString(point.Y!);
        cbor.WriteEndMap();
        return cbor.Encode();
    }

    private static byte[] AttestationObject(byte[] authenticatorData)
    {
        var cbor = new CborWriter(CborConformanceMode.Ctap2Canonical);
        cbor.WriteStartMap(3);
        cbor.WriteTextString("fmt");
        cbor.WriteTextString("none");
        cbor.WriteTextString("attStmt");
        cbor.WriteStartMap(0);
        cbor.WriteEndMap();
        cbor.WriteTextString("authData");
        cbor.WriteByteString(authenticatorData);
        cbor.WriteEndMap();
        return cbor.Encode();
    }
}
