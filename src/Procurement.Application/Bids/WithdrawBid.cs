using Procurement.Application.Bids.Ports;
using Procurement.Domain;
using Procurement.Domain.Bids;

namespace Procurement.Application.Bids;

public sealed record WithdrawBid(BidActor Actor, Guid TenderId);

/// <summary>
/// Takes a bid back before the deadline, under the same locks as a submission, with a signed receipt for the withdrawal.
/// The sealed versions stay (they are the record of what was received) but none is opened unless the supplier submits again.
/// </summary>
public sealed class WithdrawBidHandler(IBidRepository bids, IReceiptSigner signer)
{
    public async Task<BidOutcome> HandleAsync(WithdrawBid command, CancellationToken cancellationToken)
    {
        await using var transaction = await bids.BeginTransactionAsync(cancellationToken);
        var tender = await bids.LockTenderForBidAsync(command.TenderId, cancellationToken);
        if (tender is null || !tender.IsPublic)
        {
            return BidOutcome.NotFound;
        }

        var bid = await bids.FindBidForUpdateAsync(tender.Id, command.Actor.SupplierId, cancellationToken);
        if (bid is null)
        {
            return BidOutcome.Refused("Your company has no bid in for this tender.");
        }

        var at = await bids.ClockAsync(cancellationToken);
        try
        {
            bid.Withdraw(tender, at);
        }
        catch (DomainRuleException refused)
        {
            return BidOutcome.Refused(refused.Message);
        }

        var receipt = signer.Sign(new BidReceipt(tender.Reference!, tender.Id, bid.SupplierId, bid.Id, bid.Version, ReceiptKind.Withdrawal, at, []));
        bids.Add(new BidReceiptRecord(bid.Id, tender.Id, bid.SupplierId, bid.Version, BidChange.Withdrawn, receipt.Receipt.ReceivedAt, command.Actor.UserId, string.Empty, receipt.SigningKeyId, receipt.FileText));
        await bids.SaveAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return BidOutcome.Receipted(receipt);
    }
}
