using Microsoft.EntityFrameworkCore;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Reference;

internal static class CpvLabels
{
    /// <summary>The English label of each of <paramref name="codes"/> that is in the vocabulary, by code.</summary>
    public static Task<Dictionary<string, string>> CpvLabelsAsync(this ProcurementDbContext db, IReadOnlyCollection<string> codes, CancellationToken cancellationToken) =>
        db.CpvCodes.AsNoTracking().Where(c => codes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, c => c.Label, cancellationToken);
}
