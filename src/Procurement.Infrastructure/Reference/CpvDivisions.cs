using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Procurement.Application.Search.Ports;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Reference;

/// <summary>Division codes end in six zeros (45000000-7); the vocabulary never changes while the app runs, so it is read once.</summary>
internal sealed class CpvDivisions(IServiceScopeFactory scopes) : ICpvDivisions
{
    private readonly Lazy<Task<IReadOnlyDictionary<string, string>>> _labels = new(() => LoadAsync(scopes));

    public Task<IReadOnlyDictionary<string, string>> LabelsAsync(CancellationToken cancellationToken) => _labels.Value;

    private static async Task<IReadOnlyDictionary<string, string>> LoadAsync(IServiceScopeFactory scopes)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProcurementDbContext>();
        var divisions = await db.CpvCodes.AsNoTracking()
            .Where(cpv => EF.Functions.Like(cpv.Code, "__000000-_"))
            .ToListAsync();
        return divisions.ToDictionary(cpv => cpv.Code[..2], cpv => cpv.Label);
    }
}
