using Procurement.Domain.Audit;

namespace Procurement.Domain.Tenders;

/// <summary>One change to a tender, kept for good: what happened, who did it (or the platform), when, and any detail.</summary>
public sealed class TenderEvent : IAuditedEvent
{
    /// <summary><see cref="By"/> of what no person did: a scheduled publication, demo seeding.</summary>
    public static readonly Guid Platform = Guid.Empty;

    public const int MaxDetailLength = 2_000;

    private TenderEvent()
    {
    }

    public TenderEvent(Guid tenderId, TenderEventKind kind, string? detail, Guid by, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        TenderId = tenderId;
        Kind = kind;
        Detail = detail;
        By = by;
        At = at;
    }

    public Guid Id { get; private set; }
    public Guid TenderId { get; private set; }
    public TenderEventKind Kind { get; private set; }
    public string? Detail { get; private set; }
    public Guid By { get; private set; }
    public DateTimeOffset At { get; private set; }

    string IAuditedEvent.AuditSubject => $"tender:{TenderId:D}";

    string IAuditedEvent.AuditAction => $"tender.{AuditNames.Of(Kind)}";

    Guid IAuditedEvent.AuditActor => By;

    DateTimeOffset IAuditedEvent.AuditAt => At;

    string? IAuditedEvent.AuditDetail => Detail;
}

/// <summary>
/// The tender's opening key as stored: the public half bids are sealed to, and the private half wrapped under the
/// platform key-encryption key, which is never in the database. Useless without that key, and bound to
/// <see cref="NotBefore"/>, the submission deadline.
/// </summary>
public sealed class OpeningKey
{
    private OpeningKey()
    {
        PublicKey = WrapNonce = WrappedPrivateKey = [];
        Fingerprint = WrapFormat = KeyEncryptionKeyId = string.Empty;
    }

    public OpeningKey(byte[] publicKey, string fingerprint, DateTimeOffset notBefore, string wrapFormat, string keyEncryptionKeyId, byte[] wrapNonce, byte[] wrappedPrivateKey)
    {
        PublicKey = publicKey;
        Fingerprint = fingerprint;
        NotBefore = notBefore;
        WrapFormat = wrapFormat;
        KeyEncryptionKeyId = keyEncryptionKeyId;
        WrapNonce = wrapNonce;
        WrappedPrivateKey = wrappedPrivateKey;
    }

    public byte[] PublicKey { get; private set; }
    public string Fingerprint { get; private set; }
    public DateTimeOffset NotBefore { get; private set; }
    public string WrapFormat { get; private set; }
    public string KeyEncryptionKeyId { get; private set; }
    public byte[] WrapNonce { get; private set; }

    /// <summary>The private key encrypted with AES-256-GCM, tag appended.</summary>
    public byte[] WrappedPrivateKey { get; private set; }
}
