using System.Security.Claims;
using Procurement.Application.Bids.Ports;
using Procurement.Application.Tenders.Ports;
using Procurement.Domain.Identity;
using Procurement.Domain.Tenders;
using Procurement.Web.Features.Identity;

namespace Procurement.Web.Features.Tenders;

/// <summary>Builds a public tender's page: the tender, its amendment history, its published clarifications, and for a supplier's user its own follow and questions.</summary>
public sealed class PublicTenderPages(ITenderCatalog catalog, IClarificationStore clarifications, IBidCatalog bids, TimeProvider clock)
{
    public async Task<PublicTenderPage?> BuildAsync(string reference, ClaimsPrincipal user, AskForm? ask, CancellationToken cancellationToken)
    {
        if (await catalog.PublishedAsync(reference, cancellationToken) is not { } found)
        {
            return null;
        }

        var tenderId = found.Tender.Id;
        SupplierTenderView? supplier = null;
        if (user.IsInRole(Roles.Supplier) && user.SupplierId() is { } supplierId)
        {
            supplier = new SupplierTenderView(
                await clarifications.IsFollowingAsync(tenderId, supplierId, cancellationToken),
                await clarifications.AskedByAsync(tenderId, supplierId, cancellationToken));
        }

        return new PublicTenderPage(found, clock.GetUtcNow())
        {
            Clarifications = await clarifications.PublishedAsync(tenderId, cancellationToken),
            Supplier = supplier,
            Ask = ask ?? new AskForm(),
            Versions = await catalog.VersionsAsync(tenderId, cancellationToken),
            SealedBids = await bids.SealedBidCountAsync(tenderId, cancellationToken),
        };
    }
}

/// <summary>What a supplier's user sees of its own company's interest in a tender.</summary>
public sealed record SupplierTenderView(bool Following, IReadOnlyList<Clarification> Questions);

public sealed class AskForm
{
    [System.ComponentModel.DataAnnotations.Display(Name = "Your question")]
    public string? Question { get; set; }
}
