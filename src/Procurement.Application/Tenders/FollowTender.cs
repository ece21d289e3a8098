using Procurement.Application.Tenders.Ports;
using Procurement.Domain.Tenders;

namespace Procurement.Application.Tenders;

/// <summary>A supplier's user follows a public tender (or stops following it), to hear about its clarifications, amendments and cancellation.</summary>
public sealed record FollowTender(Guid TenderId, Guid SupplierId, Guid UserId, bool Follow);

public sealed class FollowTenderHandler(ITenderRepository tenders, IClarificationStore clarifications, TimeProvider clock)
{
    public async Task<TenderChange> HandleAsync(FollowTender command, CancellationToken cancellationToken)
    {
        var tender = await tenders.FindAsync(command.TenderId, cancellationToken);
        if (tender is null || !tender.IsPublic)
        {
            return TenderChange.NotFound(command.TenderId);
        }

        if (!command.Follow)
        {
            await clarifications.UnfollowAsync(tender.Id, command.SupplierId, cancellationToken);
            return TenderChange.Done(tender.Id);
        }

        if (tender.Status != TenderStatus.Published)
        {
            return TenderChange.Refused(tender.Id, "This tender is cancelled; there is nothing more to follow.");
        }

        if (!await clarifications.IsFollowingAsync(tender.Id, command.SupplierId, cancellationToken))
        {
            clarifications.Follow(new TenderFollower(tender.Id, command.SupplierId, command.UserId, clock.GetUtcNow()));
            await tenders.SaveAsync(cancellationToken);
        }

        return TenderChange.Done(tender.Id);
    }
}
