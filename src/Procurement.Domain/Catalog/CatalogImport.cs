namespace Procurement.Domain.Catalog;

/// <summary>
/// A supplier's CSV import of catalog items, run in the background: queued with its file, then running with its
/// progress, then completed (every valid row written in one transaction, every invalid row reported) or failed (nothing written).
/// </summary>
public sealed class CatalogImport
{
    public const int MaxMegabytes = 10;
    public const int MaxBytes = MaxMegabytes * 1024 * 1024;
    public const int MaxRows = 20_000;
    public const int MaxReportedErrors = 5_000;

    private readonly List<CatalogImportRowError> _errors = [];

    private CatalogImport()
    {
        FileName = string.Empty;
    }

    public CatalogImport(Guid supplierId, string fileName, Guid requestedBy, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        SupplierId = supplierId;
        FileName = fileName.Length > 200 ? fileName[..200] : fileName;
        RequestedBy = requestedBy;
        RequestedAt = now;
        Status = CatalogImportStatus.Queued;
    }

    public Guid Id { get; private set; }
    public Guid SupplierId { get; private set; }
    public string FileName { get; private set; }
    public Guid RequestedBy { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }
    public DateTimeOffset? StartedAt { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }
    public CatalogImportStatus Status { get; private set; }
    public int TotalRows { get; private set; }
    public int ProcessedRows { get; private set; }
    public int CreatedCount { get; private set; }
    public int UpdatedCount { get; private set; }
    public int InvalidRowCount { get; private set; }
    public string? FailureReason { get; private set; }
    public IReadOnlyList<CatalogImportRowError> Errors => _errors.AsReadOnly();

    public bool IsFinished => Status is CatalogImportStatus.Completed or CatalogImportStatus.Failed;

    public void Start(int totalRows, DateTimeOffset now)
    {
        Status = CatalogImportStatus.Running;
        StartedAt = now;
        TotalRows = totalRows;
        ProcessedRows = 0;
    }

    public void Progress(int processedRows) => ProcessedRows = Math.Min(processedRows, TotalRows);

    /// <summary>Records the outcome once the valid rows are written; the row errors are kept (the first <see cref="MaxReportedErrors"/>).</summary>
    public void Complete(int created, int updated, IReadOnlyCollection<CatalogImportRowError> errors, DateTimeOffset now)
    {
        Status = CatalogImportStatus.Completed;
        CreatedCount = created;
        UpdatedCount = updated;
        InvalidRowCount = errors.Select(e => e.Row).Distinct().Count();
        _errors.Clear();
        _errors.AddRange(errors.Take(MaxReportedErrors));
        ProcessedRows = TotalRows;
        FinishedAt = now;
    }

    /// <summary>The file could not be read at all (or the write failed): nothing was imported.</summary>
    public void Fail(string reason, IReadOnlyCollection<CatalogImportRowError> errors, DateTimeOffset now)
    {
        Status = CatalogImportStatus.Failed;
        FailureReason = reason.Length > 2000 ? reason[..2000] : reason;
        _errors.Clear();
        _errors.AddRange(errors.Take(MaxReportedErrors));
        FinishedAt = now;
    }
}

public enum CatalogImportStatus
{
    Queued,
    Running,
    Completed,
    Failed,
}

/// <summary>One problem in one CSV row: the row number as a spreadsheet shows it (the header is row 1), the column, what is wrong.</summary>
public sealed record CatalogImportRowError(int Row, string Field, string Message);
