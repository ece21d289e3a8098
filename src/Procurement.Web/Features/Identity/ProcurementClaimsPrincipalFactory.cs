using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Procurement.Domain.Identity;
using Procurement.Infrastructure.Identity;

namespace Procurement.Web.Features.Identity;

internal sealed class ProcurementClaimsPrincipalFactory(
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ProcurementClaims.DisplayName, user.DisplayName));
        if (user.AgencyId is { } agencyId)
        {
            identity.AddClaim(new Claim(ProcurementClaims.AgencyId, agencyId.ToString()));
        }

        if (user.SupplierId is { } supplierId)
        {
            identity.AddClaim(new Claim(ProcurementClaims.SupplierId, supplierId.ToString()));
        }

        if (!user.TwoFactorEnabled && Roles.MustUseTwoFactor(await UserManager.GetRolesAsync(user)))
        {
            identity.AddClaim(new Claim(ProcurementClaims.TwoFactorEnrolmentRequired, "true"));
        }

        return identity;
    }
}
