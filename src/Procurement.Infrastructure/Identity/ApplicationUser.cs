using Microsoft.AspNetCore.Identity;

namespace Procurement.Infrastructure.Identity;

/// <summary>A person who signs in. Belongs to at most one organisation: an agency (staff) or a supplier company.</summary>
public sealed class ApplicationUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = string.Empty;
    public Guid? AgencyId { get; set; }
    public Guid? SupplierId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
