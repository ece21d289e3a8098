using System.Text.Json.Nodes;
using Procurement.Application.OpenData.Ports;

namespace Procurement.Application.OpenData;

/// <param name="After">The <c>cursor</c> of <c>links.next</c>, as given; null for the first page.</param>
/// <param name="Since">Releases dated at or after this time.</param>
/// <param name="Until">Releases dated before this time.</param>
public sealed record ListOcdsReleases(string? After, int? PageSize, DateTimeOffset? Since, DateTimeOffset? Until);

/// <param name="Next">The cursor of the next page; null on the last page.</param>
public sealed record OcdsReleasePage(IReadOnlyList<JsonObject> Releases, string? Next, IReadOnlyList<FieldError> Errors);

/// <summary>
/// A page of releases of every public contracting process, ordered by (date, id): the tender stages and the award
/// stages, merged. Each source is asked for at most a page and the ties of its last date, never for all tenders.
/// </summary>
public sealed class ListOcdsReleasesHandler(IOcdsReleaseSource tenders, IOcdsAwardSource awards, OcdsReleaseMapper mapper)
{
    /// <summary>A guard against a pathological run of releases sharing one date beyond the cursor.</summary>
    private const int MaxRounds = 20;

    public async Task<OcdsReleasePage> HandleAsync(ListOcdsReleases query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = Problems(query, out var cursor);
        if (errors.Count > 0)
        {
            return new OcdsReleasePage([], null, errors);
        }

        var size = query.PageSize ?? OcdsSettings.DefaultPageSize;
        var from = Later(cursor?.Date, query.Since);
        var found = new List<(DateTimeOffset Date, string Id, OcdsStage Stage)>();
        for (var round = 0; round < MaxRounds; round++)
        {
            var window = new OcdsStageWindow(null, from, query.Until, size + 1);
            var batches = new[]
            {
                await tenders.TenderStagesAsync(window, cancellationToken),
                await awards.AwardAndContractStagesAsync(window, cancellationToken),
            };

            // A source that filled its limit is complete only up to its last date (ties included); beyond, it may have more.
            DateTimeOffset? complete = batches.Where(b => b.Count >= size + 1).Select(b => (DateTimeOffset?)b.Max(s => s.Date)).Min();
            found.AddRange(batches.SelectMany(b => b)
                .Where(s => complete is null || s.Date <= complete)
                .Select(s => (s.Date, Id: OcdsReleaseMapper.ReleaseId(s), Stage: s))
                .Where(s => cursor is null || cursor.Precedes(s.Date, s.Id)));
            if (complete is null || found.Count > size)
            {
                break;
            }

            from = complete.Value.AddTicks(1);
        }

        var ordered = found.DistinctBy(s => s.Id).OrderBy(s => s.Date).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
        var page = ordered.Take(size).ToList();
        var next = ordered.Count > size ? new OcdsCursor(page[^1].Date, page[^1].Id).Encode() : null;
        return new OcdsReleasePage(page.Select(s => mapper.Release(s.Stage)).ToList(), next, []);
    }

    private static List<FieldError> Problems(ListOcdsReleases query, out OcdsCursor? cursor)
    {
        var errors = new List<FieldError>();
        cursor = null;
        if (query.After is not null && !OcdsCursor.TryDecode(query.After, out cursor))
        {
            errors.Add(new FieldError("cursor", "The cursor is not one this API gave: follow links.next as it is, or start again without a cursor."));
        }

        if (query.PageSize is { } size && (size < 1 || size > OcdsSettings.MaxPageSize))
        {
            errors.Add(new FieldError("pageSize", $"pageSize must be between 1 and {OcdsSettings.MaxPageSize}."));
        }

        if (query.Since is { } since && query.Until is { } until && until <= since)
        {
            errors.Add(new FieldError("until", "until must be later than since."));
        }

        return errors;
    }

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
