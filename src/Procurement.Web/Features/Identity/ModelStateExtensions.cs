using Microsoft.AspNetCore.Mvc.ModelBinding;
using Procurement.Application;

namespace Procurement.Web.Features.Identity;

internal static class ModelStateExtensions
{
    public static void AddFieldErrors(this ModelStateDictionary modelState, IEnumerable<FieldError> errors)
    {
        foreach (var error in errors)
        {
            modelState.AddModelError(error.Field, error.Message);
        }
    }
}
