using System.Text;
using Procurement.Application.Bids.Ports;
using Procurement.Sealing.Keys;
using Procurement.Sealing.Primitives;

namespace Procurement.Sealing.Bids;

/// <summary>Verifies receipt files against the platform's current and retired receipt public keys.</summary>
internal sealed class ReceiptVerifier(PlatformKeys keys) : IReceiptVerifier
{
    public ReceiptVerification Verify(string receiptFile)
    {
        if (string.IsNullOrWhiteSpace(receiptFile) || ReceiptFile.Read(receiptFile) is not var (payload, signature))
        {
            return new ReceiptVerification(ReceiptProblem.Malformed, null, null);
        }

        var keyId = ReceiptFormat.SigningKeyIdOf(payload);
        if (keyId is null)
        {
            return new ReceiptVerification(ReceiptProblem.Malformed, null, null);
        }

        if (keys.FindReceiptPublicKey(keyId) is not { } publicKey)
        {
            return new ReceiptVerification(ReceiptProblem.UnknownSigningKey, null, keyId);
        }

        if (!VerifySignature(payload, signature, publicKey))
        {
            return new ReceiptVerification(ReceiptProblem.BadSignature, null, keyId);
        }

        return ReceiptFormat.Parse(payload) is var (receipt, _)
            ? new ReceiptVerification(ReceiptProblem.None, receipt, keyId)
            : new ReceiptVerification(ReceiptProblem.Malformed, null, keyId);
    }

    /// <summary>Whether <paramref name="signature"/> is the Ed25519 signature of the receipt text's UTF-8 bytes under <paramref name="publicKey"/>.</summary>
    public static bool VerifySignature(string payload, ReadOnlySpan<byte> signature, ReadOnlySpan<byte> publicKey) =>
        Crypto.Ed25519Verify(publicKey, Encoding.UTF8.GetBytes(payload), signature);
}
