using System.Security.Claims;

namespace Procurement.Web.Features.Identity;

public static class ClaimsPrincipalExtensions
{
    public static Guid UserId(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No signed-in user."));

    /// <summary>The supplier company the user acts for, or null for agency and platform staff.</summary>
    public static Guid? SupplierId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ProcurementClaims.SupplierId), out var id) ? id : null;
}
