namespace Procurement.Application.Bids.Ports;

/// <summary>Checks a receipt file someone downloaded and pasted back, against the platform's public signing keys.</summary>
public interface IReceiptVerifier
{
    ReceiptVerification Verify(string receiptFile);
}

public enum ReceiptProblem
{
    None,

    /// <summary>Not a receipt file: not JSON, or fields missing or of the wrong shape.</summary>
    Malformed,

    /// <summary>Signed with a key this platform does not know.</summary>
    UnknownSigningKey,

    /// <summary>The signature does not match the receipt text: it was altered, or not signed by this platform.</summary>
    BadSignature,
}

/// <param name="Receipt">The receipt's content; set only when the receipt is valid.</param>
public sealed record ReceiptVerification(ReceiptProblem Problem, BidReceipt? Receipt, string? SigningKeyId)
{
    public bool IsValid => Problem == ReceiptProblem.None && Receipt is not null;
}
