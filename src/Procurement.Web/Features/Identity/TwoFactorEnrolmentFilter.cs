using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Procurement.Web.Features.Identity;

/// <summary>Marks the few pages a user may open before enrolling the second factor their role requires.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AllowDuringTwoFactorEnrolmentAttribute : Attribute;

/// <summary>
/// Officers, evaluators and admins must sign in with two factors. Until such a user has enrolled an
/// authenticator, every page but enrolment and sign-out sends them to enrolment.
/// </summary>
internal sealed class TwoFactorEnrolmentFilter : IAuthorizationFilter
{
    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var mustEnrol = context.HttpContext.User.HasClaim(claim => claim.Type == ProcurementClaims.TwoFactorEnrolmentRequired);
        var allowed = context.ActionDescriptor.EndpointMetadata.OfType<AllowDuringTwoFactorEnrolmentAttribute>().Any();
        if (mustEnrol && !allowed)
        {
            context.Result = new RedirectResult(TwoFactorController.EnrolPath);
        }
    }
}
