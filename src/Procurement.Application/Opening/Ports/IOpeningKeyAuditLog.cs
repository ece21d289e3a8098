namespace Procurement.Application.Opening.Ports;

/// <summary>
/// Told about every attempt to use a tender's private key (release for opening, or rewrap), allowed or refused, before
/// the vault returns or throws. If recording fails, the vault does not release the key. Zero or more may be
/// registered; the vault also logs every attempt through <c>ILogger</c>.
/// </summary>
public interface IOpeningKeyAuditLog
{
    Task RecordAsync(OpeningKeyAttempt attempt, CancellationToken cancellationToken);
}

public enum OpeningKeyAttemptOutcome
{
    Released,
    RefusedTooEarly,
    UnknownKeyEncryptionKey,
    UnwrapFailed,
    Rewrapped,
}

/// <param name="Now">The caller's (database) time of the attempt; for a rewrap, not given and null.</param>
public sealed record OpeningKeyAttempt(Guid TenderId, string KeyEncryptionKeyId, DateTimeOffset NotBefore, DateTimeOffset? Now, OpeningKeyAttemptOutcome Outcome);
