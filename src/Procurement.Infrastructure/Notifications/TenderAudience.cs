using Microsoft.EntityFrameworkCore;
using Procurement.Application.Notifications.Ports;
using Procurement.Domain.Identity;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Notifications;

internal sealed class TenderAudience(ProcurementDbContext db) : ITenderAudience
{
    public async Task<IReadOnlyList<Guid>> InterestedUsersAsync(Guid tenderId, CancellationToken cancellationToken)
    {
        // THE one definition of "a supplier interested in a tender": it follows the tender, asked a question, or has
        // a bid (in or withdrawn). Every notice about the tender goes to them.
        var interested = db.TenderFollowers.Where(f => f.TenderId == tenderId).Select(f => f.SupplierId)
            .Union(db.Clarifications.Where(c => c.TenderId == tenderId).Select(c => c.SupplierId))
            .Union(db.Bids.Where(b => b.TenderId == tenderId).Select(b => b.SupplierId));
        return await db.Users
            .Where(user => user.SupplierId != null && interested.Contains(user.SupplierId.Value))
            .Select(user => user.Id)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Guid>> AgencyOfficersAsync(Guid tenderId, CancellationToken cancellationToken)
    {
        var agencyId = db.Tenders.Where(t => t.Id == tenderId).Select(t => t.AgencyId);
        var officerRole = db.Roles.Where(r => r.Name == Roles.Officer).Select(r => r.Id);
        return await db.Users
            .Where(user => user.AgencyId != null && agencyId.Contains(user.AgencyId.Value))
            .Where(user => db.UserRoles.Any(ur => ur.UserId == user.Id && officerRole.Contains(ur.RoleId)))
            .Select(user => user.Id)
            .ToListAsync(cancellationToken);
    }
}
