using System.Globalization;
using Procurement.Domain.Tenders;

namespace Procurement.Web.Features.Tenders;

/// <summary>How tender dates, states and amounts read on the pages.</summary>
public static class TenderText
{
    /// <summary>To the microsecond, as the database keeps receipt times: <c>2026-11-23 14:05:09.123456 UTC</c>.</summary>
    public static string Exact(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss.ffffff 'UTC'", CultureInfo.InvariantCulture);

    public static string Utc(DateTimeOffset time) => time.ToUniversalTime().ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>"closes in 9 days", "closes in 5 hours", "closed 2 days ago".</summary>
    public static string Relative(DateTimeOffset deadline, DateTimeOffset now)
    {
        var left = deadline - now;
        var span = left.Duration();
        var amount = span.TotalDays >= 1 ? Plural((int)span.TotalDays, "day")
            : span.TotalHours >= 1 ? Plural((int)span.TotalHours, "hour")
            : Plural(Math.Max(1, (int)span.TotalMinutes), "minute");
        return left > TimeSpan.Zero ? $"closes in {amount}" : $"closed {amount} ago";
    }

    public static string Status(TenderStatus status, DateTimeOffset deadline, DateTimeOffset now) => status switch
    {
        TenderStatus.Draft => "Draft",
        TenderStatus.Scheduled => "Scheduled",
        TenderStatus.Published when deadline > now => "Open",
        TenderStatus.Published => "Closed, awaiting opening",
        TenderStatus.Opened => "Bids opened",
        TenderStatus.Evaluation => "In evaluation",
        TenderStatus.Standstill => "Award decided, standstill period",
        TenderStatus.Awarded => "Awarded",
        TenderStatus.Unsuccessful => "Unsuccessful",
        _ => "Cancelled",
    };

    public static string StatusTag(TenderStatus status, DateTimeOffset deadline, DateTimeOffset now) => status switch
    {
        TenderStatus.Published when deadline > now => "bg-green",
        TenderStatus.Cancelled => "bg-secondary-dark",
        TenderStatus.Scheduled => "bg-accent-cool-darker",
        TenderStatus.Opened or TenderStatus.Evaluation or TenderStatus.Standstill => "bg-primary-dark",
        TenderStatus.Awarded => "bg-green",
        _ => "bg-base-dark",
    };

    public static string Procedure(ProcurementProcedure procedure) => procedure switch
    {
        ProcurementProcedure.OpenProcedure => "Open procedure",
        _ => "Request for quotations",
    };

    public static string Method(EvaluationMethod method) => method == EvaluationMethod.BestValue ? "Best value (weighted criteria)" : "Lowest price";

    public static string Money(Domain.Money money) => Money(money.Amount, money.Currency);

    public static string Money(decimal? amount, string? currency) => string.Create(CultureInfo.InvariantCulture, $"{currency} {amount:N2}");

    public static string Quantity(decimal quantity) => quantity.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024d * 1024d):0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, bytes / 1024)} KB");

    public static string Version(int version, DateTimeOffset? lastAmendedAt) =>
        lastAmendedAt is { } at ? $"Version {version}, last amended {Utc(at)}" : $"Version {version}";

    private static string Plural(int count, string unit) => count == 1 ? $"1 {unit}" : $"{count} {unit}s";
}
