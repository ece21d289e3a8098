using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Application.Identity.Ports;
using Procurement.Domain.Identity;

namespace Procurement.Web.Features.People;

/// <summary>Agencies and user accounts, read-only, for administrators and auditors.</summary>
[Authorize(Roles = $"{Roles.Admin},{Roles.Auditor}")]
public sealed class PeopleController(IPeopleDirectory directory) : Controller
{
    private const int PageSize = 50;

    [HttpGet("/people")]
    public async Task<IActionResult> Index(int page, CancellationToken cancellationToken) =>
        View(new PeopleModel(await directory.AgenciesAsync(cancellationToken), await directory.PeopleAsync(page, PageSize, cancellationToken)));
}

public sealed record PeopleModel(IReadOnlyList<AgencyListing> Agencies, PeoplePage People);
