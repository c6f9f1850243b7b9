using Geralt;
using Marquee.Tips.Sealing;

namespace Marquee.Tests.Tips;

/// <summary>
/// /js/tips.js seals to the server's format with libsodium's own calls; these pin the two steps it spells out itself
/// (decision 0077), so a change in Geralt's derivation or our wrap layout fails here rather than in a source's browser.
/// </summary>
public sealed class BrowserSealingFormatTests
{
    [Fact]
    public void The_wrap_key_is_BLAKE2b_of_the_shared_secret_and_both_public_keys_as_the_script_computes_it()
    {
        var (senderPublic, senderPrivate) = KeyPair();
        var (recipientPublic, _) = KeyPair();
        var secret = new byte[X25519.SharedSecretSize];
        X25519.ComputeSharedSecret(secret, senderPrivate, recipientPublic);
        var scripted = new byte[32];
        BLAKE2b.ComputeHash(scripted, [.. secret, .. senderPublic, .. recipientPublic]);

        var geralt = new byte[X25519.SharedKeySize];
        X25519.DeriveSenderSharedKey(geralt, senderPrivate, recipientPublic, default, default);

        Assert.Equal(geralt, scripted);
    }

    [Fact]
    public void A_wrap_made_the_scripts_way_opens_with_the_recipients_private_key()
    {
        var (recipientPublic, recipientPrivate) = KeyPair();
        var (ephemeralPublic, ephemeralPrivate) = KeyPair();
        var contentKey = new byte[ContentKeyWrap.KeySize];
        SecureRandom.Fill(contentKey);
        var context = "0123abcd"u8.ToArray();
        var secret = new byte[X25519.SharedSecretSize];
        X25519.ComputeSharedSecret(secret, ephemeralPrivate, recipientPublic);
        var shared = new byte[32];
        BLAKE2b.ComputeHash(shared, [.. secret, .. ephemeralPublic, .. recipientPublic]);

        byte[] scripted = [.. ephemeralPublic, .. SealedBox.Seal(contentKey, shared, context)];

        Assert.Equal(ContentKeyWrap.WrappedSize, scripted.Length);
        Assert.Equal(contentKey, ContentKeyWrap.Unwrap(scripted, recipientPrivate, context));
    }

    private static (byte[] Public, byte[] Private) KeyPair()
    {
        var (publicKey, privateKey) = (new byte[X25519.PublicKeySize], new byte[X25519.PrivateKeySize]);
        X25519.GenerateKeyPair(publicKey, privateKey);
        return (publicKey, privateKey);
    }
}
