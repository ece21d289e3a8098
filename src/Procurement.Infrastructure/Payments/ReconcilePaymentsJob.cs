using Microsoft.Extensions.DependencyInjection;
using Procurement.Application.Payments;
using Quartz;

namespace Procurement.Infrastructure.Payments;

/// <summary>
/// Every minute by default (<c>Payments:ReconcileCron</c>): card checkouts pending for a while are asked of the
/// provider (a webhook may have been lost), and refunds due are issued. Each order in its own scope, so one order's
/// failure leaves the others' work intact.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class ReconcilePaymentsJob(PaymentsToReconcile due, IServiceScopeFactory scopes) : IJob
{
    public static readonly JobKey Key = new("reconcile-payments", "Payments");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        foreach (var orderId in await due.OrdersAsync(cancellationToken))
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ReconcileOrderPaymentHandler>().HandleAsync(new ReconcileOrderPayment(orderId), cancellationToken);
        }
    }
}
