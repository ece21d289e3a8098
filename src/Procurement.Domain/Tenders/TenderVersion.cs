namespace Procurement.Domain.Tenders;

/// <summary>
/// One published version of a tender, kept for good so that anyone can see what each version said: version 1 is the
/// tender as published, each amendment adds the next with its change summary and whether it is material.
/// </summary>
public sealed class TenderVersion
{
    private TenderVersion()
    {
        Snapshot = null!;
    }

    internal TenderVersion(Guid tenderId, int number, string? changeSummary, bool material, TenderSnapshot snapshot, Guid by, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        TenderId = tenderId;
        Number = number;
        ChangeSummary = changeSummary;
        Material = material;
        Snapshot = snapshot;
        By = by;
        At = at;
    }

    public Guid Id { get; private set; }
    public Guid TenderId { get; private set; }

    /// <summary>1 for the publication, then 2, 3 … for each amendment.</summary>
    public int Number { get; private set; }

    /// <summary>What the amendment changed and why, as the officer wrote it; null for version 1.</summary>
    public string? ChangeSummary { get; private set; }

    /// <summary>Whether bids submitted before this version must be confirmed or replaced; false for version 1.</summary>
    public bool Material { get; private set; }

    /// <summary>The tender's details and documents as this version had them.</summary>
    public TenderSnapshot Snapshot { get; private set; }

    /// <summary>Who published (version 1) or amended the tender.</summary>
    public Guid By { get; private set; }

    /// <summary>The database server's time of the publication or amendment.</summary>
    public DateTimeOffset At { get; private set; }
}

/// <summary>What one version of a tender said: its details as the form holds them, and its documents' descriptions.</summary>
public sealed record TenderSnapshot(TenderDetails Details, IReadOnlyList<DocumentSnapshot> Documents);

/// <summary>A document as a version listed it (the file itself stays in the document store).</summary>
public sealed record DocumentSnapshot(Guid Id, string Title, string FileName, long SizeBytes, string Sha256);

/// <summary>The outcome of <see cref="Tender.Amend"/>: the event and versions to keep, and what changed.</summary>
/// <param name="Versions">The new version; on the first amendment preceded by version 1, the tender as published.</param>
/// <param name="MaterialChanges">What forced the amendment to be material (e.g. "submission deadline", "lot 2 quantity").</param>
public sealed record TenderAmended(
    TenderEvent Event, IReadOnlyList<TenderVersion> Versions, bool Material, IReadOnlyList<string> MaterialChanges, DateTimeOffset PreviousSubmissionDeadline)
{
    public TenderVersion Version => Versions[^1];
}
