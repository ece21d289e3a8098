using Microsoft.Extensions.DependencyInjection;

namespace Procurement.Application.Payments;

public static class PaymentUseCases
{
    /// <summary>The card payment use cases; the gateway and notification ports come from the adapters.</summary>
    public static IServiceCollection AddPaymentUseCases(this IServiceCollection services) => services
        .AddScoped<CardPaymentSettlement>()
        .AddScoped<StartCardCheckoutHandler>()
        .AddScoped<ConfirmCheckoutHandler>()
        .AddScoped<HandlePaymentNotificationHandler>()
        .AddScoped<PaymentsToReconcile>()
        .AddScoped<ReconcileOrderPaymentHandler>();
}
