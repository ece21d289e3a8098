using System.Security.Claims;

namespace Procurement.Web.Features.Identity;

public static class ClaimsPrincipalExtensions
{
    public static Guid UserId(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No signed-in user."));

    /// <summary>Whether any role the user holds requires two-factor sign-in.</summary>
    public static bool MustUseTwoFactor(this ClaimsPrincipal user) => Procurement.Domain.Identity.Roles.MustUseTwoFactor(
        Procurement.Domain.Identity.Roles.All.Where(user.IsInRole));

    /// <summary>The supplier company the user acts for, or null for agency and platform staff.</summary>
    public static Guid? SupplierId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ProcurementClaims.SupplierId), out var id) ? id : null;

    /// <summary>The agency the user works for, or null for suppliers and platform staff.</summary>
    public static Guid? AgencyId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ProcurementClaims.AgencyId), out var id) ? id : null;
}
