using Procurement.Domain.Tenders;

namespace Procurement.Infrastructure.Demo;

/// <summary>The stage a demo tender is taken to, through the use cases, at past times.</summary>
public enum DemoStage
{
    /// <summary>Published with a deadline shortly after the first start, so the opening can be watched.</summary>
    ClosingSoon,
    Opened,
    Evaluation,
    Standstill,
    Awarded,
    Unsuccessful,
    Cancelled,
}

/// <summary>A supplier of the demo directory and its price per lot, in lot order.</summary>
public sealed record DemoBid(string SupplierLegalName, params decimal[] Prices);

/// <summary>
/// One demo tender's history: its details, the days (before the first start) it was published and closed, the bids it
/// received, and how far it went. Later stages happen a few days apart, as they would.
/// </summary>
public sealed record DemoStory(
    string AgencyIdentifier,
    string OfficerEmail,
    DemoStage Stage,
    int PublishedDaysAgo,
    int DeadlineDaysAgo,
    Func<DateTimeOffset, DateTimeOffset, TenderDetails> Details,
    IReadOnlyList<DemoBid> Bids,
    string? EndReason = null);
