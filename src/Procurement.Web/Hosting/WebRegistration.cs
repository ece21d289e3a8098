using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Procurement.Application.Evaluation.Ports;
using Procurement.Application.Orders.Ports;
using Procurement.Application.Tenders.Ports;
using Procurement.Web.Features.Identity;
using Procurement.Web.Features.Tenders;

namespace Procurement.Web.Hosting;

internal static class WebRegistration
{
    public static IServiceCollection AddProcurementWeb(this IServiceCollection services)
    {
        services.AddControllersWithViews(mvc =>
        {
            mvc.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            mvc.Filters.Add<TwoFactorEnrolmentFilter>();
        });
        services.Configure<RazorViewEngineOptions>(razor => razor.ViewLocationExpanders.Add(new FeatureFolderViewLocations()));
        services.AddHttpContextAccessor();
        services.AddScoped<Features.Evaluation.EvaluationViews>();
        services.AddScoped<TenderLinks>();
        services.AddScoped<ITenderLinks>(provider => provider.GetRequiredService<TenderLinks>());
        services.AddScoped<IEvaluationLinks>(provider => provider.GetRequiredService<TenderLinks>());
        services.AddScoped<IOrderLinks>(provider => provider.GetRequiredService<TenderLinks>());
        services.AddScoped<PublicTenderPages>();
        services.AddProblemDetails();
        return services;
    }
}
