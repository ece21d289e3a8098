using Microsoft.EntityFrameworkCore;
using Procurement.Application.Audit.Ports;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Audit;

internal sealed class AuditLogReader(ProcurementDbContext db) : IAuditLogReader
{
    public async Task<IReadOnlyList<AuditChainEntry>> ChainAsync(long afterSequence, int count, CancellationToken cancellationToken) =>
        await db.Set<AuditLogEntry>().AsNoTracking()
            .Where(entry => entry.Sequence > afterSequence)
            .OrderBy(entry => entry.Sequence)
            .Take(count)
            .Select(entry => new AuditChainEntry(
                entry.Sequence, entry.Subject, entry.Action, entry.Actor, entry.At, entry.Detail, entry.RecordedAt, entry.PreviousHash, entry.Hash))
            .ToListAsync(cancellationToken);

    public async Task<AuditChainHead?> HeadAsync(CancellationToken cancellationToken) =>
        await db.Set<AuditLogEntry>().AsNoTracking()
            .OrderByDescending(entry => entry.Sequence)
            .Select(entry => new AuditChainHead(entry.Sequence, entry.Hash, entry.RecordedAt))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<AuditLogListing>> SearchAsync(AuditLogFilter filter, long? before, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var entries = db.Set<AuditLogEntry>().AsNoTracking();
        if (before is { } sequence)
        {
            entries = entries.Where(entry => entry.Sequence < sequence);
        }

        if (filter.SubjectPrefix is { } subject)
        {
            entries = entries.Where(entry => entry.Subject.StartsWith(subject));
        }

        if (filter.ActionPrefix is { } action)
        {
            entries = entries.Where(entry => entry.Action.StartsWith(action));
        }

        if (filter.Actor is { } actor)
        {
            entries = entries.Where(entry => entry.Actor == actor);
        }

        if (filter.From is { } from)
        {
            entries = entries.Where(entry => entry.At >= from);
        }

        if (filter.Until is { } until)
        {
            entries = entries.Where(entry => entry.At < until);
        }

        return await (
                from entry in entries
                join user in db.Users on entry.Actor equals user.Id into users
                from user in users.DefaultIfEmpty()
                orderby entry.Sequence descending
                select new AuditLogListing(
                    entry.Sequence, entry.Subject, entry.Action, entry.Actor, user != null ? user.DisplayName : null, user != null ? user.Email : null,
                    entry.At, entry.Detail, entry.RecordedAt, entry.Hash))
            .Take(pageSize)
            .ToListAsync(cancellationToken);
    }

    public async Task<Guid?> FindUserAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = email.Trim().ToUpperInvariant();
        return await db.Users.Where(user => user.NormalizedEmail == normalized).Select(user => (Guid?)user.Id).FirstOrDefaultAsync(cancellationToken);
    }
}
