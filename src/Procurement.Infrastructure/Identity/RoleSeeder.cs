using Microsoft.AspNetCore.Identity;
using Procurement.Domain.Identity;

namespace Procurement.Infrastructure.Identity;

/// <summary>Makes sure every role in <see cref="Roles.All"/> exists; runs on every start.</summary>
public sealed class RoleSeeder(RoleManager<IdentityRole<Guid>> roles)
{
    public async Task SeedAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var created = await roles.CreateAsync(new IdentityRole<Guid>(role));
                if (!created.Succeeded)
                {
                    throw new InvalidOperationException($"Could not create the {role} role: {string.Join(" ", created.Errors.Select(e => e.Description))}");
                }
            }
        }
    }
}
