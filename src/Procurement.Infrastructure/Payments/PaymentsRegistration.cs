using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Procurement.Application.Payments;
using Procurement.Application.Payments.Ports;

namespace Procurement.Infrastructure.Payments;

internal static class PaymentsRegistration
{
    /// <summary>The events-once log, the payment settings, and invoice mode's notification reader (Stripe replaces it).</summary>
    public static IServiceCollection AddPaymentsInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IPaymentNotificationLog, PaymentNotificationLog>();
        services.AddSingleton<IPaymentNotifications, InvoiceModeNotifications>();
        services.AddSingleton(Settings(configuration));
        return services;
    }

    public static PaymentSettings Settings(IConfiguration configuration)
    {
        var defaults = new PaymentSettings();
        return new PaymentSettings
        {
            CheckoutCheckAfter = configuration.GetValue("Payments:CheckoutCheckAfter", defaults.CheckoutCheckAfter),
            ReconcileCron = configuration.GetValue("Payments:ReconcileCron", defaults.ReconcileCron)!,
        };
    }
}
