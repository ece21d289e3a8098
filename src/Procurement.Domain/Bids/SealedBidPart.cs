namespace Procurement.Domain.Bids;

/// <summary>
/// One sealed part of a bid version, the bid itself (<c>bid</c>) or an attachment (<c>attachment:n</c>), exactly as
/// sealing produced it. Nothing here can be read without the tender's private key, released only at the opening.
/// </summary>
public sealed class SealedBidPart
{
    private SealedBidPart()
    {
        PartName = Format = string.Empty;
        EphemeralPublicKey = Nonce = Ciphertext = CiphertextSha256 = KeyCommitment = [];
    }

    public SealedBidPart(Guid bidId, int version, string partName, string format, byte[] ephemeralPublicKey, byte[] nonce, byte[] ciphertext, byte[] ciphertextSha256, byte[] keyCommitment)
    {
        Id = Guid.NewGuid();
        BidId = bidId;
        Version = version;
        PartName = partName;
        Format = format;
        EphemeralPublicKey = ephemeralPublicKey;
        Nonce = nonce;
        Ciphertext = ciphertext;
        CiphertextSha256 = ciphertextSha256;
        KeyCommitment = keyCommitment;
    }

    public Guid Id { get; private set; }
    public Guid BidId { get; private set; }
    public int Version { get; private set; }
    public string PartName { get; private set; }
    public string Format { get; private set; }
    public byte[] EphemeralPublicKey { get; private set; }
    public byte[] Nonce { get; private set; }
    public byte[] Ciphertext { get; private set; }
    public byte[] CiphertextSha256 { get; private set; }
    public byte[] KeyCommitment { get; private set; }

    public string CiphertextSha256Hex => Convert.ToHexStringLower(CiphertextSha256);
}
