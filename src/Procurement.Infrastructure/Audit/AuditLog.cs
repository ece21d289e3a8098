using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Procurement.Application.Audit.Ports;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Audit;

/// <summary>
/// Appends entries that are not saved domain records, each in its own transaction on a DbContext of its own, committed
/// before returning: whatever the caller's unit of work does next, the entry stays.
/// </summary>
internal sealed class AuditLog(IServiceScopeFactory scopes, ProcurementDbContext callerDb) : IAuditLog
{
    // How long an append waits for the chain's lock before giving up: a caller holding it would otherwise wait forever.
    private const string LockTimeout = "SET LOCAL lock_timeout = '10s'";

    public async Task AppendAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (AuditChainAppender.HoldsLock(callerDb))
        {
            throw new InvalidOperationException(
                "This unit of work holds the audit chain until its transaction ends (it saved an audited event), so a separate " +
                "append would wait for it forever. Append before saving audited events, or after committing.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProcurementDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(LockTimeout, cancellationToken);
        await AuditChainAppender.AppendAsync(db, [record], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
