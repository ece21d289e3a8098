using Microsoft.EntityFrameworkCore;
using Procurement.Application.Notifications.Ports;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Notifications;

internal sealed class TenderAudience(ProcurementDbContext db) : ITenderAudience
{
    public async Task<IReadOnlyList<Guid>> InterestedUsersAsync(Guid tenderId, CancellationToken cancellationToken)
    {
        // THE one definition of "a supplier interested in a tender". Bids: add the bidders here as a third Union
        // (db.Bids.Where(b => b.TenderId == tenderId).Select(b => b.SupplierId)) and every notice follows.
        var interested = db.TenderFollowers.Where(f => f.TenderId == tenderId).Select(f => f.SupplierId)
            .Union(db.Clarifications.Where(c => c.TenderId == tenderId).Select(c => c.SupplierId));
        return await db.Users
            .Where(user => user.SupplierId != null && interested.Contains(user.SupplierId.Value))
            .Select(user => user.Id)
            .ToListAsync(cancellationToken);
    }
}
