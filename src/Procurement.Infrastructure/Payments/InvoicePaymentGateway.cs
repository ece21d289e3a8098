using Procurement.Application.Payments.Ports;
using Procurement.Domain.Orders;

namespace Procurement.Infrastructure.Payments;

/// <summary>
/// The payment "gateway" without a provider (ARCHITECTURE §7): orders are paid on the supplier's invoice, which the
/// agency marks paid. There is no checkout to start, check or refund; asking for one is a programming error.
/// </summary>
internal sealed class InvoicePaymentGateway : IPaymentGateway
{
    public PaymentMethod Method => PaymentMethod.Invoice;

    public Task<CheckoutStarted> StartCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Orders paid on invoice have no card checkout to start.");

    public Task<CheckoutOutcome> GetCheckoutAsync(string checkoutReference, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Orders paid on invoice have no card checkout to look up.");

    public Task<string> RefundAsync(RefundRequest request, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Orders paid on invoice have no card payment to refund.");
}
