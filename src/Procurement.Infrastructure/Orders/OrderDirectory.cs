using Microsoft.EntityFrameworkCore;
using Procurement.Application.Orders.Ports;
using Procurement.Domain;
using Procurement.Domain.Identity;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Orders;

internal sealed class OrderDirectory(ProcurementDbContext db) : IOrderDirectory
{
    public async Task<Money?> ApprovalThresholdAsync(Guid agencyId, CancellationToken cancellationToken)
    {
        var agency = await db.Agencies.AsNoTracking()
            .Where(a => a.Id == agencyId)
            .Select(a => new { a.OrderApprovalLimit, a.OrderApprovalCurrency })
            .SingleOrDefaultAsync(cancellationToken);
        return agency is null ? null : new Money(agency.OrderApprovalLimit, agency.OrderApprovalCurrency);
    }

    public async Task<IReadOnlyList<Guid>> ApproversAsync(Guid agencyId, CancellationToken cancellationToken) =>
        await (from user in db.Users
               where user.AgencyId == agencyId
               join userRole in db.UserRoles on user.Id equals userRole.UserId
               join role in db.Roles on userRole.RoleId equals role.Id
               where role.Name == Roles.Approver
               select user.Id).Distinct().ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Guid>> SupplierUsersAsync(Guid supplierId, CancellationToken cancellationToken) =>
        await db.Users.Where(user => user.SupplierId == supplierId).Select(user => user.Id).ToListAsync(cancellationToken);

    public async Task<string> NextOrderNumberAsync(int year, CancellationToken cancellationToken)
    {
        var next = (await db.Database.SqlQueryRaw<long>($"SELECT nextval('{PurchaseOrderConfiguration.NumberSequence}') AS \"Value\"").ToListAsync(cancellationToken)).Single();
        return $"PO-{year}-{next:000000}";
    }
}
