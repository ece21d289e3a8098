namespace Procurement.Application.Payments;

/// <summary>
/// Payment settings from configuration: <c>Payments:CheckoutCheckAfter</c> (a TimeSpan, default 5 minutes), how long
/// a card checkout may stay pending before the reconciliation job asks the provider about it instead of waiting for
/// the webhook, and <c>Payments:ReconcileCron</c> (Quartz cron, UTC, default every minute), when that job runs.
/// </summary>
public sealed class PaymentSettings
{
    public TimeSpan CheckoutCheckAfter { get; init; } = TimeSpan.FromMinutes(5);

    public string ReconcileCron { get; init; } = "15 * * * * ?";
}
