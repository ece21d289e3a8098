using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Procurement.Domain;
using Procurement.Domain.Catalog;
using Procurement.Domain.Identity;
using Procurement.Domain.Suppliers;
using Procurement.Infrastructure.Database;
using Procurement.Infrastructure.Identity;

namespace Procurement.Infrastructure.Demo;

/// <summary>
/// Seeds the demo catalog once and only what is missing (by supplier name, SKU and framework reference): four verified
/// suppliers with a sign-in each, about thirty items, and Northshire County Council's frameworks (one expired), so the
/// demo buyer can search and order. Framework dates are relative to the day the demo is first seeded.
/// </summary>
public sealed class DemoCatalogSeeder(ProcurementDbContext db, UserManager<ApplicationUser> users, TimeProvider clock)
{
    private static readonly Guid _seededBy = Guid.Empty;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var ncc = await db.Agencies.SingleOrDefaultAsync(a => a.Identifier == "NCC", cancellationToken);
        if (ncc is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var sellers = new Dictionary<string, Guid>();
        foreach (var seller in DemoCatalog.Sellers)
        {
            sellers[seller.LegalName] = await EnsureSellerAsync(seller, now, cancellationToken);
        }

        var items = new Dictionary<string, CatalogItem>();
        foreach (var demo in DemoCatalog.Items)
        {
            var supplierId = sellers[demo.Seller];
            var item = await db.CatalogItems.SingleOrDefaultAsync(i => i.SupplierId == supplierId && i.Sku == demo.Sku, cancellationToken);
            if (item is null)
            {
                (item, var created) = CatalogItem.Create(supplierId, new CatalogItemDetails(demo.Sku, demo.Name, demo.Description, demo.Cpv, demo.Unit,
                    demo.Price, "GBP", demo.MinimumOrder, demo.LeadTimeDays), activate: true, _seededBy, now);
                db.CatalogItems.Add(item);
                db.CatalogEvents.Add(created);
            }

            items[demo.Sku] = item;
        }

        await db.SaveChangesAsync(cancellationToken);
        var today = CatalogOrderability.DayOf(now);
        foreach (var demo in DemoCatalog.Frameworks)
        {
            if (await db.FrameworkAgreements.AnyAsync(f => f.AgencyId == ncc.Id && f.Reference == demo.Reference, cancellationToken))
            {
                continue;
            }

            var (framework, created) = FrameworkAgreement.Create(ncc.Id, sellers[demo.Seller], demo.Reference, demo.Title,
                today.AddDays(demo.FromDays), today.AddDays(demo.ToDays), "GBP", _seededBy, now);
            db.FrameworkAgreements.Add(framework);
            db.CatalogEvents.Add(created);
            foreach (var listed in DemoCatalog.Items.Where(i => i.Framework == demo.Reference))
            {
                db.CatalogEvents.Add(framework.ApproveItem(items[listed.Sku], new Money(listed.Ceiling, "GBP"), _seededBy, now));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Guid> EnsureSellerAsync(DemoCatalog.Seller seller, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var supplier = await db.Suppliers.SingleOrDefaultAsync(s => s.LegalName == seller.LegalName, cancellationToken);
        if (supplier is null)
        {
            supplier = new Supplier(seller.LegalName);
            var details = DemoRegistrationDetails.For(seller.LegalName, seller.Region, seller.ContactName, seller.Email);
            supplier.ChangeCompany(seller.LegalName, null, details.RegistrationNumber, details.TaxIdentifier, _seededBy, now);
            supplier.ChangeLocation("GB", seller.Region, details.Address, _seededBy, now);
            supplier.ChangeAbout(SupplierSize.Small, seller.Description, details.Website, _seededBy, now);
            supplier.ChangeCategories(seller.CpvCodes, _seededBy, now);
            supplier.ChangeContacts([details.Contact], _seededBy, now);
            db.SupplierDecisions.Add(supplier.SubmitForVerification(_seededBy, now));
            db.SupplierDecisions.Add(supplier.Verify(_seededBy, now));
            db.Suppliers.Add(supplier);
            await db.SaveChangesAsync(cancellationToken);
        }

        if (await users.FindByEmailAsync(seller.Email) is null)
        {
            var user = new ApplicationUser
            {
                UserName = seller.Email,
                Email = seller.Email,
                EmailConfirmed = true,
                DisplayName = seller.ContactName,
                CreatedAt = now,
                SupplierId = supplier.Id,
            };
            Check(await users.CreateAsync(user, DemoOptions.Password));
            Check(await users.AddToRoleAsync(user, Roles.Supplier));
        }

        return supplier.Id;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Could not create a demo catalog account: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
