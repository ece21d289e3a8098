using Microsoft.EntityFrameworkCore;
using Procurement.Application.Tenders.Ports;
using Procurement.Domain.Tenders;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Tenders;

internal sealed class ClarificationStore(ProcurementDbContext db) : IClarificationStore
{
    public Task<Clarification?> FindAsync(Guid clarificationId, CancellationToken cancellationToken) =>
        db.Clarifications.SingleOrDefaultAsync(c => c.Id == clarificationId, cancellationToken);

    public void Add(Clarification clarification) => db.Clarifications.Add(clarification);

    public void Record(ClarificationEvent clarificationEvent) => db.ClarificationEvents.Add(clarificationEvent);

    public Task<bool> IsFollowingAsync(Guid tenderId, Guid supplierId, CancellationToken cancellationToken) =>
        db.TenderFollowers.AnyAsync(f => f.TenderId == tenderId && f.SupplierId == supplierId, cancellationToken);

    public void Follow(TenderFollower follower) => db.TenderFollowers.Add(follower);

    public async Task<bool> UnfollowAsync(Guid tenderId, Guid supplierId, CancellationToken cancellationToken) =>
        await db.TenderFollowers.Where(f => f.TenderId == tenderId && f.SupplierId == supplierId).ExecuteDeleteAsync(cancellationToken) > 0;

    public async Task<IReadOnlyList<Clarification>> ForTenderAsync(Guid tenderId, CancellationToken cancellationToken) =>
        await db.Clarifications.AsNoTracking().Where(c => c.TenderId == tenderId).OrderBy(c => c.AskedAt).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Clarification>> AskedByAsync(Guid tenderId, Guid supplierId, CancellationToken cancellationToken) =>
        await db.Clarifications.AsNoTracking().Where(c => c.TenderId == tenderId && c.SupplierId == supplierId).OrderBy(c => c.AskedAt).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<PublishedClarification>> PublishedAsync(Guid tenderId, CancellationToken cancellationToken) =>
        await db.Clarifications.AsNoTracking()
            .Where(c => c.TenderId == tenderId && c.AnsweredAt != null)
            .OrderBy(c => c.AnsweredAt)
            .Select(c => new PublishedClarification(c.Id, c.PublishedQuestion!, c.Answer!, c.AnsweredAt!.Value))
            .ToListAsync(cancellationToken);
}
