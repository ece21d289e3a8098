using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Procurement.Application.Identity.Ports;
using Procurement.Infrastructure.Database;
using Procurement.Infrastructure.Identity;

namespace Procurement.Web.Features.Identity;

internal static class IdentityRegistration
{
    public static IServiceCollection AddProcurementIdentity(this IServiceCollection services)
    {
        services.AddIdentity<ApplicationUser, IdentityRole<Guid>>(options =>
            {
                options.SignIn.RequireConfirmedEmail = true;
                options.User.RequireUniqueEmail = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;

                // Length over composition rules, as NIST SP 800-63B advises.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
            })
            .AddEntityFrameworkStores<ProcurementDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<ProcurementClaimsPrincipalFactory>();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/sign-in";
            cookie.LogoutPath = "/account/sign-out";
            cookie.AccessDeniedPath = "/account/access-denied";
            cookie.Cookie.Name = "procurement.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });

        services.AddDataProtection().SetApplicationName("Procurement").PersistKeysToDbContext<ProcurementDbContext>();
        services.AddScoped<IAccountLinks, AccountLinks>();
        return services;
    }
}
