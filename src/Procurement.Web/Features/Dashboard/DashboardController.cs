using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Application.Identity.Ports;
using Procurement.Domain.Identity;
using Procurement.Web.Features.Identity;

namespace Procurement.Web.Features.Dashboard;

/// <summary>The page each person lands on after signing in, with a section for every role they hold.</summary>
[Authorize]
public sealed class DashboardController(IOrganisationReader organisations) : Controller
{
    [HttpGet("/dashboard")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var model = new DashboardModel(
            User.FindFirst(ProcurementClaims.DisplayName)?.Value ?? User.Identity?.Name ?? string.Empty,
            Roles.All.Where(User.IsInRole).ToList(),
            await FindAsync(ProcurementClaims.AgencyId, id => organisations.FindAgencyAsync(id, cancellationToken)),
            await FindAsync(ProcurementClaims.SupplierId, id => organisations.FindSupplierAsync(id, cancellationToken)),
            User.IsInRole(Roles.Admin) || User.IsInRole(Roles.Auditor) ? await organisations.TotalsAsync(cancellationToken) : null);
        return View(model);
    }

    private async Task<T?> FindAsync<T>(string claim, Func<Guid, Task<T?>> find) where T : class =>
        Guid.TryParse(User.FindFirst(claim)?.Value, out var id) ? await find(id) : null;
}

public sealed record DashboardModel(
    string DisplayName,
    IReadOnlyList<string> Roles,
    AgencySummary? Agency,
    SupplierSummary? Supplier,
    PlatformTotals? Totals);
