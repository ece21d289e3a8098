using Microsoft.EntityFrameworkCore;
using Procurement.Application.Evaluation.Ports;
using Procurement.Domain.Evaluation;
using Procurement.Domain.Identity;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Evaluation;

internal sealed class EvaluationStaff(ProcurementDbContext db, TimeProvider clock) : IEvaluationStaff
{
    public async Task<IReadOnlyList<Nominee>> EvaluatorsAsync(Guid agencyId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rows = await InRole(Roles.Evaluator)
            .Where(user => user.AgencyId == agencyId && user.EmailConfirmed && (user.LockoutEnd == null || user.LockoutEnd <= now))
            .OrderBy(user => user.DisplayName)
            .Select(user => new { user.Id, user.DisplayName })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(row => new Nominee(row.Id, row.DisplayName))];
    }

    public async Task<IReadOnlyList<Guid>> OfficersAsync(Guid agencyId, CancellationToken cancellationToken) =>
        await InRole(Roles.Officer).Where(user => user.AgencyId == agencyId).Select(user => user.Id).ToListAsync(cancellationToken);

    private IQueryable<Identity.ApplicationUser> InRole(string role) =>
        db.Users.AsNoTracking().Where(user => db.UserRoles.Any(link => link.UserId == user.Id && db.Roles.Any(r => r.Id == link.RoleId && r.Name == role)));
}
