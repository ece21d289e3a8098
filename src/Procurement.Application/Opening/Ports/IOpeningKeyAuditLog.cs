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

    /// <summary>The key was wrapped again bound to a later <c>not_before</c> (the submission deadline was extended).</summary>
    Postponed,

    /// <summary>A postponement to an earlier <c>not_before</c> was refused.</summary>
    RefusedEarlier,
}

/// <summary>
/// Told about every attempt to use a tender's private key (release for opening, rewrap or postponement), allowed or
/// refused.
/// </summary>
/// <param name="Now">The caller's (database) time of the attempt; for a rewrap or postponement, not given and null.</param>
/// <param name="NewNotBefore">For a postponement, the <c>not_before</c> asked for; null otherwise.</param>
public sealed record OpeningKeyAttempt(Guid TenderId, string KeyEncryptionKeyId, DateTimeOffset NotBefore, DateTimeOffset? Now, OpeningKeyAttemptOutcome Outcome, DateTimeOffset? NewNotBefore = null);
