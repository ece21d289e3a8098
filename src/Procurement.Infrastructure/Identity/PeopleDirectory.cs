using Microsoft.EntityFrameworkCore;
using Procurement.Application.Identity.Ports;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Identity;

internal sealed class PeopleDirectory(ProcurementDbContext db, TimeProvider clock) : IPeopleDirectory
{
    public async Task<IReadOnlyList<AgencyListing>> AgenciesAsync(CancellationToken cancellationToken) =>
        await db.Agencies.AsNoTracking()
            .OrderBy(agency => agency.Name)
            .Select(agency => new AgencyListing(agency.Name, agency.Identifier, agency.Region, db.Users.Count(user => user.AgencyId == agency.Id)))
            .ToListAsync(cancellationToken);

    public async Task<PeoplePage> PeopleAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        page = Math.Max(1, page);
        var now = clock.GetUtcNow();
        var rows = await (
                from user in db.Users.AsNoTracking()
                join agency in db.Agencies on user.AgencyId equals agency.Id into agencies
                from agency in agencies.DefaultIfEmpty()
                join supplier in db.Suppliers on user.SupplierId equals supplier.Id into suppliers
                from supplier in suppliers.DefaultIfEmpty()
                let organisation = agency != null ? agency.Name : supplier != null ? supplier.LegalName : null
                orderby organisation, user.DisplayName
                select new
                {
                    user.DisplayName,
                    user.Email,
                    Organisation = organisation,
                    user.EmailConfirmed,
                    user.TwoFactorEnabled,
                    LockedOut = user.LockoutEnd != null && user.LockoutEnd > now,
                    Roles = db.UserRoles.Where(link => link.UserId == user.Id)
                        .Join(db.Roles, link => link.RoleId, role => role.Id, (_, role) => role.Name!)
                        .OrderBy(name => name)
                        .ToList(),
                })
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToListAsync(cancellationToken);

        var people = rows
            .Select(row => new PersonListing(row.DisplayName, row.Email ?? string.Empty, row.Roles, row.Organisation, row.EmailConfirmed, row.TwoFactorEnabled, row.LockedOut))
            .ToList();
        return new PeoplePage(people, page, pageSize, await db.Users.CountAsync(cancellationToken));
    }
}
