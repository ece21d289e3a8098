using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Procurement.Application.Reference;
using Procurement.Application.Reference.Ports;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Reference;

/// <summary>
/// Reads the 9,454 CPV codes from PostgreSQL once, at first use, and keeps the index in memory: the vocabulary is
/// reference data that only changes with a release. A failed or empty read (before seeding) is not kept, so the next call retries.
/// </summary>
internal sealed class CpvVocabulary(IServiceScopeFactory scopes) : ICpvVocabulary, IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private CpvCodeIndex? _index;

    public async Task<CpvCodeIndex> IndexAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _index) is { } loaded)
        {
            return loaded;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_index is { } raced)
            {
                return raced;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ProcurementDbContext>();
            var index = new CpvCodeIndex(await db.CpvCodes.AsNoTracking().ToListAsync(cancellationToken));
            if (index.Count > 0)
            {
                Volatile.Write(ref _index, index);
            }

            return index;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Dispose() => _loading.Dispose();
}
