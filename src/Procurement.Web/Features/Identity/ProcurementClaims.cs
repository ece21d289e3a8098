namespace Procurement.Web.Features.Identity;

/// <summary>Claims the sign-in cookie carries beyond Identity's own.</summary>
public static class ProcurementClaims
{
    public const string DisplayName = "procurement:display_name";
    public const string AgencyId = "procurement:agency_id";
    public const string SupplierId = "procurement:supplier_id";

    /// <summary>Present while a user whose role demands two-factor sign-in has not enrolled an authenticator yet.</summary>
    public const string TwoFactorEnrolmentRequired = "procurement:two_factor_enrolment_required";
}
