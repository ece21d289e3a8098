using Procurement.Application.Awards.Ports;
using Procurement.Application.Bids;
using Procurement.Application.Notifications.Ports;
using Procurement.Application.Tenders;
using Procurement.Application.Tenders.Ports;
using Procurement.Domain;
using Procurement.Domain.Awards;

namespace Procurement.Application.Awards;

public sealed record LodgeComplaint(BidActor Actor, Guid TenderId, string? Text, IReadOnlyList<NewComplaintDocument> Documents);

/// <summary>
/// A bidder's complaint against the award decision, during the standstill only, on the tender's locked row (so it
/// cannot slip past the end of the standstill as the award becomes final). Only a supplier that bid may complain. The
/// agency's officers are told in the same transaction; while the complaint is open the award cannot become final.
/// </summary>
public sealed class LodgeComplaintHandler(ITenderRepository tenders, IAwardRepository awards, ITenderAudience audience, INotifications notifications, ITenderLinks links)
{
    public async Task<TenderChange> HandleAsync(LodgeComplaint command, CancellationToken cancellationToken)
    {
        await using var transaction = await tenders.BeginTransactionAsync(cancellationToken);
        var tender = await tenders.FindForUpdateAsync(command.TenderId, cancellationToken);
        if (tender is null || !(await awards.BiddersAsync(tender.Id, cancellationToken)).Contains(command.Actor.SupplierId))
        {
            return TenderChange.NotFound(command.TenderId);
        }

        if (await awards.StandingAsync(tender.Id, cancellationToken) is not { } decision)
        {
            return TenderChange.Refused(tender.Id, "There is no award decision in its standstill period to complain about.");
        }

        Complaint complaint;
        try
        {
            (complaint, var lodged) = Complaint.Lodge(decision, command.Actor.SupplierId, command.Actor.UserId, command.Text, command.Documents, await awards.ClockAsync(cancellationToken));
            awards.Add(complaint);
            awards.Record(lodged);
        }
        catch (DomainRuleException refused)
        {
            return TenderChange.Refused(tender.Id, [new FieldError(FieldOf(refused.Message), refused.Message)]);
        }

        await notifications.NotifyAsync(
            await audience.AgencyOfficersAsync(tender.Id, cancellationToken),
            new Notice(
                $"Complaint lodged: {tender.Reference} {tender.Title}",
                $"""
                A bidder lodged a complaint against the award decision for {tender.Reference}, {tender.Title}, on {complaint.LodgedAt:d MMMM yyyy HH:mm} UTC.
                The award cannot become final until the complaint is upheld or rejected. Decide it on the tender's complaints page.
                """,
                new Uri(links.PublicPage(tender.Reference!), $"/tenders/manage/{tender.Id}/complaints")),
            cancellationToken);
        await tenders.SaveAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TenderChange.Done(tender.Id);
    }

    private static string FieldOf(string message) =>
        message.StartsWith("Say what", StringComparison.Ordinal) ? nameof(LodgeComplaint.Text)
        : message.StartsWith("The standstill", StringComparison.Ordinal) || message.StartsWith("This award", StringComparison.Ordinal) ? string.Empty
        : nameof(LodgeComplaint.Documents);
}
