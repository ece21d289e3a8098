using Procurement.Domain.Audit;

namespace Procurement.Domain.Catalog;

/// <summary>
/// One change to the catalog, kept for good and written to the audit log: an item listed, edited, withdrawn or
/// imported, a framework agreement made, an item approved into it or removed. <see cref="SubjectId"/> is the item,
/// the framework or (for an import) the supplier.
/// </summary>
public sealed class CatalogEvent : IAuditedEvent
{
    public const int MaxDetailLength = 4_000;

    private CatalogEvent()
    {
    }

    public CatalogEvent(CatalogEventKind kind, Guid subjectId, string? detail, Guid by, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        Kind = kind;
        SubjectId = subjectId;
        Detail = detail is { Length: > MaxDetailLength } ? detail[..MaxDetailLength] : detail;
        By = by;
        At = at;
    }

    public Guid Id { get; private set; }
    public CatalogEventKind Kind { get; private set; }
    public Guid SubjectId { get; private set; }
    public string? Detail { get; private set; }
    public Guid By { get; private set; }
    public DateTimeOffset At { get; private set; }

    string IAuditedEvent.AuditSubject => Kind switch
    {
        CatalogEventKind.FrameworkCreated or CatalogEventKind.FrameworkItemApproved or CatalogEventKind.FrameworkItemRemoved => $"framework:{SubjectId:D}",
        CatalogEventKind.ItemsImported => $"supplier:{SubjectId:D}",
        _ => $"catalog_item:{SubjectId:D}",
    };

    string IAuditedEvent.AuditAction => $"catalog.{AuditNames.Of(Kind)}";

    Guid IAuditedEvent.AuditActor => By;

    DateTimeOffset IAuditedEvent.AuditAt => At;

    string? IAuditedEvent.AuditDetail => Detail;
}

public enum CatalogEventKind
{
    ItemCreated,
    ItemEdited,
    ItemActivated,
    ItemWithdrawn,
    ImageAdded,
    ImageRemoved,

    /// <summary>A CSV import wrote its valid rows (one event per import, naming the counts).</summary>
    ItemsImported,

    FrameworkCreated,
    FrameworkItemApproved,
    FrameworkItemRemoved,
}
