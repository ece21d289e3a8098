using System.Globalization;
using System.Text;
using Procurement.Application.Evaluation.Ports;
using Procurement.Application.Notifications.Ports;
using Procurement.Application.Suppliers.Ports;
using Procurement.Application.Tenders.Ports;
using Procurement.Domain.Awards;
using Procurement.Domain.Tenders;

namespace Procurement.Application.Awards;

/// <summary>
/// What bidders are told about an award, staged in the caller's unit of work. Each bidder sees its own rank and scores
/// and, per lot, the winner and its price (or why the lot is unsuccessful); never another bidder's scores.
/// </summary>
public sealed class AwardNotices(INotifications notifications, ISupplierRegistry suppliers, ITenderLinks links)
{
    private static readonly CultureInfo Text = CultureInfo.GetCultureInfo("en-GB");

    public Uri ResultPage(Tender tender) => new(links.PublicPage(tender.Reference!), $"{tender.Reference}/result");

    /// <summary>Each bidder in <paramref name="evaluation"/> is sent its own result per lot and the standstill's end.</summary>
    public async Task DecisionAsync(Tender tender, AwardDecision decision, FinalEvaluation evaluation, CancellationToken cancellationToken)
    {
        var bidders = evaluation.Lots.SelectMany(lot => lot.Ranking.Select(bid => bid.SupplierId).Concat(lot.Disqualified.Select(bid => bid.SupplierId))).Distinct().ToList();
        var users = await suppliers.UserIdsBySupplierAsync(bidders, cancellationToken);
        foreach (var supplierId in bidders)
        {
            var text = new StringBuilder();
            text.AppendLine(Text, $"The award decision for {tender.Reference}, {tender.Title}, was made on {decision.DecidedAt:d MMMM yyyy HH:mm} UTC.");
            text.AppendLine();
            foreach (var lot in evaluation.Lots.OrderBy(lot => lot.LotNumber))
            {
                AppendLot(text, lot, decision.Lots.Single(award => award.LotId == lot.LotId), supplierId);
            }

            text.AppendLine(Text, $"The standstill period ends on {decision.StandstillEndsAt:d MMMM yyyy HH:mm} UTC. Until then no contract is signed, and you can lodge a complaint on your result page.");
            await notifications.NotifyAsync([.. users[supplierId]], new Notice($"Award decision: {tender.Reference} {tender.Title}", Clip(text), ResultPage(tender)), cancellationToken);
        }
    }

    /// <summary>The decision was withdrawn after an upheld complaint: every bidder is told the evaluation is reopened.</summary>
    public async Task WithdrawnAsync(Tender tender, IReadOnlyList<Guid> bidders, string reason, CancellationToken cancellationToken)
    {
        var users = await suppliers.UserIdsBySupplierAsync(bidders, cancellationToken);
        await notifications.NotifyAsync(
            [.. users.SelectMany(group => group)],
            new Notice(
                $"Award decision withdrawn: {tender.Reference} {tender.Title}",
                Clip(new StringBuilder($"""
                    The award decision for {tender.Reference}, {tender.Title}, was withdrawn after a complaint was upheld, and the bids are evaluated again.
                    You will be sent the new decision, and a new standstill period will follow it.

                    Reason: {reason}
                    """)),
                ResultPage(tender)),
            cancellationToken);
    }

    /// <summary>The award is final: every bidder is told, and the winners that a contract follows.</summary>
    public async Task FinalAsync(Tender tender, AwardDecision decision, IReadOnlyList<Guid> bidders, CancellationToken cancellationToken)
    {
        var users = await suppliers.UserIdsBySupplierAsync(bidders, cancellationToken);
        foreach (var supplierId in bidders)
        {
            var text = new StringBuilder();
            text.AppendLine(Text, $"The standstill period for {tender.Reference}, {tender.Title}, has ended and the award is final. The award notice is published.");
            foreach (var lot in decision.Lots)
            {
                text.AppendLine(lot.Outcome == LotOutcome.Unsuccessful
                    ? $"Lot {lot.LotNumber}, {lot.LotTitle}: no contract is awarded. {lot.UnsuccessfulReason}"
                    : lot.SupplierId == supplierId
                        ? string.Create(Text, $"Lot {lot.LotNumber}, {lot.LotTitle}: awarded to you for {lot.Currency} {lot.Amount:N2}. The buyer will contact you to sign the contract.")
                        : string.Create(Text, $"Lot {lot.LotNumber}, {lot.LotTitle}: awarded to {lot.SupplierName} for {lot.Currency} {lot.Amount:N2}."));
            }

            await notifications.NotifyAsync([.. users[supplierId]], new Notice($"Award final: {tender.Reference} {tender.Title}", Clip(text), ResultPage(tender)), cancellationToken);
        }
    }

    /// <summary>The complainant's users are told the outcome and its reason.</summary>
    public async Task ComplaintDecidedAsync(Tender tender, Complaint complaint, CancellationToken cancellationToken)
    {
        var outcome = complaint.Status switch
        {
            ComplaintStatus.Upheld => "upheld: the award decision is withdrawn and the bids are evaluated again",
            ComplaintStatus.Rejected => "rejected: the award decision stands",
            _ => "closed without a decision: the award decision it contested was withdrawn",
        };
        await notifications.NotifyAsync(
            [.. await suppliers.UserIdsAsync(complaint.SupplierId, cancellationToken)],
            new Notice(
                $"Complaint {complaint.Status.ToString().ToLowerInvariant()}: {tender.Reference} {tender.Title}",
                Clip(new StringBuilder($"""
                    Your complaint of {complaint.LodgedAt:d MMMM yyyy HH:mm} UTC about the award of {tender.Reference}, {tender.Title}, was {outcome}.

                    Reason: {complaint.DecisionReason}
                    """)),
                ResultPage(tender)),
            cancellationToken);
    }

    private static void AppendLot(StringBuilder text, LotEvaluation lot, LotAward award, Guid supplierId)
    {
        text.AppendLine(Text, $"Lot {lot.LotNumber}, {lot.LotTitle}");
        text.AppendLine(award.Outcome == LotOutcome.Awarded
            ? string.Create(Text, $"  Awarded to {award.SupplierName} for {award.Currency} {award.Amount:N2}{(award.SupplierId == supplierId ? " (your bid)" : string.Empty)}.")
            : $"  No contract is awarded: {award.UnsuccessfulReason}");
        var own = lot.Ranking.FirstOrDefault(bid => bid.SupplierId == supplierId);
        var disqualified = lot.Disqualified.FirstOrDefault(bid => bid.SupplierId == supplierId);
        if (own is not null)
        {
            text.AppendLine(Text, $"  Your bid: rank {own.Rank} of {lot.Ranking.Count} qualified bids; price {own.Currency} {own.Price:N2}.");
            text.AppendLine(Text, $"  Your scores (out of 100): price {own.PriceScore:N2}, quality {own.QualityScore:N2}, total {own.TotalScore:N2}.");
            foreach (var criterion in own.Criteria)
            {
                text.AppendLine(Text, $"    {criterion.Criterion} (weight {criterion.Weight}): {criterion.Score:0.##} of {criterion.MaxScore:0.##}, {criterion.WeightedPoints:N2} points.");
            }
        }
        else if (disqualified is not null)
        {
            text.AppendLine(Text, $"  Your bid did not qualify: {disqualified.Reason}");
        }
        else
        {
            text.AppendLine("  You did not bid for this lot.");
        }

        text.AppendLine();
    }

    private static string Clip(StringBuilder text)
    {
        var value = text.ToString().TrimEnd();
        return value.Length <= Notice.MaxTextLength ? value : value[..(Notice.MaxTextLength - 1)] + "…";
    }
}
