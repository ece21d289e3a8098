namespace Procurement.Domain.Suppliers;

public enum VerificationStatus
{
    /// <summary>Account created; the company has not yet submitted its details for checking.</summary>
    Unverified,
    PendingVerification,

    /// <summary>An officer asked the company a question; it answers by correcting its details and submitting again.</summary>
    InformationRequested,
    Verified,
    Rejected,
    Suspended,
}
