namespace Procurement.Payments.Stripe;

/// <summary>
/// Stripe settings, from the <c>Stripe</c> configuration section. Card payments are on only when both
/// <see cref="SecretKey"/> and <see cref="WebhookSecret"/> are set; otherwise orders are paid on invoice.
/// </summary>
public sealed class StripeOptions
{
    public const string Section = "Stripe";

    /// <summary>The secret API key (sk_live_... or sk_test_...). Keep it in a secret store, never in appsettings.json.</summary>
    public string? SecretKey { get; set; }

    /// <summary>The signing secret of the webhook endpoint (whsec_...), from the dashboard or <c>stripe listen</c>.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Stripe's API address; only tests change it (to the in-process fake). Empty: Stripe's own.</summary>
    public string? ApiBase { get; set; }

    /// <summary>How old a webhook's signed timestamp may be before it is refused as a possible replay (Stripe's default: 5 minutes).</summary>
    public TimeSpan WebhookTolerance { get; set; } = TimeSpan.FromMinutes(5);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(SecretKey) && !string.IsNullOrWhiteSpace(WebhookSecret);
}
