using System.Security.Claims;
using Procurement.Domain.Identity;

namespace Procurement.Web.Features.Shared;

public sealed record NavigationLink(string Text, string Href);

/// <summary>The header's links for whoever is looking: the public sections, plus the pages each of their roles opens.</summary>
public static class PrimaryNavigation
{
    private static readonly NavigationLink[] _public =
    [
        new("Tenders", "/tenders"),
        new("Awards", "/awards"),
        new("Suppliers", "/suppliers"),
        new("Statistics", "/statistics"),
        new("Open data", "/open-data"),
    ];

    // Each later capability adds its role's pages here, and only once the page exists.
    private static readonly (string Role, NavigationLink Link)[] _byRole =
    [
        (Roles.Supplier, new("My company", "/my-company")),
        (Roles.Supplier, new("My catalog", "/my-catalog")),
        (Roles.Buyer, new("Catalog", "/catalog")),
        (Roles.Approver, new("Catalog", "/catalog")),
        (Roles.Officer, new("Frameworks", "/frameworks")),
        (Roles.Officer, new("Manage tenders", "/tenders/manage")),
        (Roles.Admin, new("Manage tenders", "/tenders/manage")),
        (Roles.Officer, new("Verification", "/verification")),
        (Roles.Admin, new("Verification", "/verification")),
        (Roles.Evaluator, new("Evaluations", "/evaluations")),
        (Roles.Buyer, new("Orders", "/orders")),
        (Roles.Approver, new("Orders", "/orders")),
        (Roles.Approver, new("Approvals", "/approvals")),
        (Roles.Supplier, new("Orders", "/supplier/orders")),
        (Roles.Admin, new("People", "/people")),
        (Roles.Admin, new("Search index", "/admin/search-index")),
        (Roles.Admin, new("Audit log", "/audit")),
        (Roles.Admin, new("Mail", "/admin/mail")),
        (Roles.Auditor, new("People", "/people")),
        (Roles.Auditor, new("Audit log", "/audit")),
    ];

    public static IReadOnlyList<NavigationLink> For(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return _public;
        }

        var roleLinks = _byRole.Where(entry => user.IsInRole(entry.Role)).Select(entry => entry.Link).Distinct();
        return [new("Dashboard", "/dashboard"), .. roleLinks, .. _public];
    }
}
