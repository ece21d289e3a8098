using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Application.Orders.Ports;
using Procurement.Application.Search.Ports;
using Procurement.Domain.Identity;
using Procurement.Domain.Orders;
using Procurement.Web.Features.Identity;

namespace Procurement.Web.Features.Orders;

/// <summary>
/// Lists of orders: the agency's (<c>/orders</c>, buyers and approvers), the approval queue (<c>/approvals</c>), the
/// supplier's (<c>/supplier/orders</c>), and the agency's spend dashboard (<c>/orders/dashboard</c>).
/// </summary>
[Authorize]
public sealed class OrdersController(IOrderCatalog catalog, TimeProvider clock) : Controller
{
    [HttpGet("/orders")]
    [Authorize(Roles = $"{Roles.Buyer},{Roles.Approver}")]
    public async Task<IActionResult> Index(OrderStatus? status, CancellationToken cancellationToken)
    {
        if (User.AgencyId() is not { } agencyId)
        {
            return Forbid();
        }

        var orders = await catalog.ListAsync(new OrderFilter(AgencyId: agencyId, Status: status), cancellationToken);
        return View("List", new OrderListPage("Your agency's orders", "/orders", status, orders, ShowAgency: false));
    }

    [HttpGet("/approvals")]
    [Authorize(Roles = Roles.Approver)]
    public async Task<IActionResult> Approvals(CancellationToken cancellationToken)
    {
        if (User.AgencyId() is not { } agencyId)
        {
            return Forbid();
        }

        var orders = await catalog.ListAsync(new OrderFilter(AgencyId: agencyId, Status: OrderStatus.AwaitingApproval), cancellationToken);
        return View("Approvals", orders);
    }

    [HttpGet("/supplier/orders")]
    [Authorize(Roles = Roles.Supplier)]
    public async Task<IActionResult> Supplier(OrderStatus? status, CancellationToken cancellationToken)
    {
        if (User.SupplierId() is not { } supplierId)
        {
            return Forbid();
        }

        var orders = await catalog.ListAsync(new OrderFilter(SupplierId: supplierId, Status: status), cancellationToken);
        return View("List", new OrderListPage("Orders for your company", "/supplier/orders", status, orders, ShowAgency: true));
    }

    [HttpGet("/orders/dashboard")]
    [Authorize(Roles = $"{Roles.Buyer},{Roles.Approver}")]
    public async Task<IActionResult> Dashboard([FromServices] ICpvDivisions divisions, CancellationToken cancellationToken)
    {
        if (User.AgencyId() is not { } agencyId)
        {
            return Forbid();
        }

        var now = clock.GetUtcNow();
        var from = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(-11);
        var byDivision = await catalog.SpendByCpvDivisionAsync(agencyId, from, cancellationToken);
        var names = await divisions.LabelsAsync(cancellationToken);
        return View("Dashboard", new OrderDashboardPage(
            await catalog.CountsByStatusAsync(agencyId, cancellationToken),
            await catalog.SpendByMonthAsync(agencyId, from, cancellationToken),
            byDivision, names, from, now));
    }
}
