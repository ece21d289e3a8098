using System.Text;
using Procurement.Sealing.Primitives;

namespace Procurement.Sealing.Tests.Primitives;

/// <summary>The primitives give the published answers, so the BouncyCastle calls are wired the right way round.</summary>
public sealed class KnownAnswerTests
{
    private static byte[] Hex(string hex) => Convert.FromHexString(hex);

    [Fact]
    public void X25519_matches_RFC_7748_section_6_1()
    {
        var alicePrivate = Hex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
        var bobPrivate = Hex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb");
        var shared = Hex("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742");

        var alicePublic = Crypto.X25519PublicKey(alicePrivate);
        var bobPublic = Crypto.X25519PublicKey(bobPrivate);
        var aliceShared = new byte[32];
        var bobShared = new byte[32];
        Crypto.X25519(alicePrivate, bobPublic, aliceShared);
        Crypto.X25519(bobPrivate, alicePublic, bobShared);

        Assert.Equal(Hex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a"), alicePublic);
        Assert.Equal(Hex("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f"), bobPublic);
        Assert.Equal(shared, aliceShared);
        Assert.Equal(shared, bobShared);
    }

    [Fact]
    public void X25519_refuses_a_low_order_public_key()
    {
        var zeroPoint = new byte[32];

        Assert.Throws<InvalidOperationException>(() => Crypto.X25519(Crypto.NewX25519PrivateKey(), zeroPoint, new byte[32]));
    }

    [Fact]
    public void Hkdf_sha256_matches_RFC_5869_test_case_1()
    {
        var okm = new byte[42];

        Crypto.HkdfSha256(Hex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"), Hex("000102030405060708090a0b0c"), Hex("f0f1f2f3f4f5f6f7f8f9"), okm);

        Assert.Equal(Hex("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"), okm);
    }

    [Fact]
    public void Ed25519_matches_RFC_8032_section_7_1_test_1()
    {
        var secret = Hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        var publicKey = Hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        var signature = Hex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");

        Assert.Equal(publicKey, Crypto.Ed25519PublicKey(secret));
        Assert.Equal(signature, Crypto.Ed25519Sign(secret, []));
        Assert.True(Crypto.Ed25519Verify(publicKey, [], signature));
        Assert.False(Crypto.Ed25519Verify(publicKey, [0], signature));
    }

    [Fact]
    public void Aes_256_gcm_matches_the_GCM_specification_test_cases_13_and_14()
    {
        var key = new byte[32];
        var nonce = new byte[12];

        Assert.Equal(Hex("530f8afbc74536b9a963b4f1c4cb738b"), Crypto.AesGcmEncrypt(key, nonce, [], []));
        Assert.Equal(Hex("cea7403d4d606b6e074ec5d3baf39d18" + "d0d1c8a799996bf0265b98b5d48ab919"), Crypto.AesGcmEncrypt(key, nonce, new byte[16], []));
    }

    [Fact]
    public void Aes_gcm_decryption_returns_nothing_when_the_associated_data_differs()
    {
        var key = Crypto.RandomBytes(32);
        var nonce = Crypto.RandomBytes(12);
        var ciphertext = Crypto.AesGcmEncrypt(key, nonce, Encoding.UTF8.GetBytes("price 100"), [1]);

        Assert.Equal("price 100", Encoding.UTF8.GetString(Crypto.AesGcmDecrypt(key, nonce, ciphertext, [1])!));
        Assert.Null(Crypto.AesGcmDecrypt(key, nonce, ciphertext, [2]));
    }
}
