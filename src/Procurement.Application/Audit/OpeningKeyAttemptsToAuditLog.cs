using System.Globalization;
using Procurement.Application.Audit.Ports;
using Procurement.Application.Opening.Ports;
using Procurement.Domain.Audit;

namespace Procurement.Application.Audit;

/// <summary>
/// Writes every attempt to use a tender's opening key to the audit log (<c>opening_key.released</c>,
/// <c>opening_key.refused_too_early</c>, ...), committed before the vault goes on: a refused attempt is kept even when
/// the caller's transaction rolls back, and no key is released if the entry cannot be written.
/// </summary>
public sealed class OpeningKeyAttemptsToAuditLog(IAuditLog auditLog, TimeProvider clock) : IOpeningKeyAuditLog
{
    public Task RecordAsync(OpeningKeyAttempt attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var detail = string.Create(CultureInfo.InvariantCulture, $"not_before={Stamp(attempt.NotBefore)} kek={attempt.KeyEncryptionKeyId}");
        if (attempt.Now is { } now)
        {
            detail += string.Create(CultureInfo.InvariantCulture, $" database_time={Stamp(now)}");
        }

        var record = new AuditRecord(
            $"tender:{attempt.TenderId:D}", $"opening_key.{AuditNames.Of(attempt.Outcome)}", Guid.Empty, attempt.Now ?? clock.GetUtcNow(), detail);
        return auditLog.AppendAsync(record, cancellationToken);
    }

    private static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}
