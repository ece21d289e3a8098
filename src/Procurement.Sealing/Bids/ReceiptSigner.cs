using System.Text;
using Procurement.Application.Bids.Ports;
using Procurement.Sealing.Keys;
using Procurement.Sealing.Primitives;

namespace Procurement.Sealing.Bids;

/// <summary>Signs canonical receipts (<see cref="ReceiptFormat"/>) with the platform's Ed25519 key.</summary>
internal sealed class ReceiptSigner(PlatformKeys keys) : IReceiptSigner
{
    public PlatformSigningKey SigningKey => keys.ReceiptSigningKey;

    public SignedReceipt Sign(BidReceipt receipt)
    {
        var keyId = keys.ReceiptSigningKey.KeyId;
        var payload = ReceiptFormat.Serialise(receipt, keyId);
        var signature = Crypto.Ed25519Sign(keys.ReceiptPrivateKey, Encoding.UTF8.GetBytes(payload));
        var signed = ReceiptFormat.Parse(payload) ?? throw new InvalidOperationException("A receipt did not read back as it was written.");
        return new SignedReceipt(signed.Receipt, keyId, payload, signature, ReceiptFile.Write(payload, signature));
    }
}
