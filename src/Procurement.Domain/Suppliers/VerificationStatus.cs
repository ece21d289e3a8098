namespace Procurement.Domain.Suppliers;

public enum VerificationStatus
{
    /// <summary>Account created; the company has not yet submitted its details for checking.</summary>
    Unverified,
    PendingVerification,
    Verified,
    Rejected,
    Suspended,
}
