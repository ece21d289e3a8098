using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Procurement.Web.Hosting;

/// <summary>
/// Finds a controller's views beside it: <c>Procurement.Web.Features.Tenders.TendersController</c> renders
/// <c>/Features/Tenders/{view}.cshtml</c>, falling back to <c>/Features/Shared/</c>.
/// </summary>
internal sealed class FeatureFolderViewLocations : IViewLocationExpander
{
    private const string FeatureKey = "feature";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action)
        {
            context.Values[FeatureKey] = action.ControllerTypeInfo.Namespace?.Split('.').LastOrDefault();
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        if (context.Values.TryGetValue(FeatureKey, out var feature) && feature is not null)
        {
            yield return $"/Features/{feature}/{{0}}.cshtml";
        }

        yield return "/Features/Shared/{0}.cshtml";
    }
}
