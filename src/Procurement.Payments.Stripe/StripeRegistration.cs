using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Procurement.Application.Payments.Ports;
using Stripe;

namespace Procurement.Payments.Stripe;

public static class StripeRegistration
{
    /// <summary>
    /// Card payments on Stripe when <c>Stripe:SecretKey</c> and <c>Stripe:WebhookSecret</c> are both set: replaces the
    /// invoice gateway and the notification reader registered by the infrastructure. Without both keys nothing changes
    /// and orders are paid on invoice. Returns whether Stripe is on.
    /// </summary>
    public static bool AddStripePayments(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(StripeOptions.Section);
        var options = section.Get<StripeOptions>() ?? new StripeOptions();
        if (!options.IsConfigured)
        {
            return false;
        }

        services.Configure<StripeOptions>(section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider =>
        {
            var settings = provider.GetRequiredService<IOptions<StripeOptions>>().Value;
            return new StripeClient(new StripeClientOptions
            {
                ApiKey = settings.SecretKey,
                ApiBase = string.IsNullOrWhiteSpace(settings.ApiBase) ? null : settings.ApiBase.TrimEnd('/'),
            });
        });
        services.Replace(ServiceDescriptor.Singleton<IPaymentGateway, StripePaymentGateway>());
        services.Replace(ServiceDescriptor.Singleton<IPaymentNotifications, StripePaymentNotifications>());
        return true;
    }
}
