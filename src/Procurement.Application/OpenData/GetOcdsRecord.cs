using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Procurement.Application.OpenData.Ports;

namespace Procurement.Application.OpenData;

/// <summary>A contracting process's releases in (date, id) order, and its compiled release.</summary>
public sealed record OcdsRecord(string Ocid, IReadOnlyList<JsonObject> Releases, JsonObject CompiledRelease);

/// <summary>One contracting process (the record) or one of its releases, by ocid or release id.</summary>
public sealed partial class GetOcdsRecordHandler(IOcdsReleaseSource tenders, IOcdsAwardSource awards, OcdsReleaseMapper mapper)
{
    /// <summary>The record of <paramref name="ocid"/>; null when no published tender has it.</summary>
    public async Task<OcdsRecord?> RecordAsync(string ocid, CancellationToken cancellationToken)
    {
        var releases = await ReleasesAsync(ocid, cancellationToken);
        return releases is null || releases.Count == 0 ? null : new OcdsRecord(ocid, releases, OcdsMerge.Compile(releases));
    }

    /// <summary>The release with id <paramref name="releaseId"/>; null when there is none.</summary>
    public async Task<JsonObject?> ReleaseAsync(string releaseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(releaseId);
        if (OcidOfRelease().Match(releaseId) is not { Success: true } match)
        {
            return null;
        }

        var releases = await ReleasesAsync(match.Groups["ocid"].Value, cancellationToken);
        return releases?.FirstOrDefault(r => (string?)r["id"] == releaseId);
    }

    private async Task<List<JsonObject>?> ReleasesAsync(string ocid, CancellationToken cancellationToken)
    {
        if (ocid.Length > 100 || await tenders.TenderIdAsync(ocid, cancellationToken) is not { } tenderId)
        {
            return null;
        }

        var window = OcdsStageWindow.Of(tenderId);
        var stages = (await tenders.TenderStagesAsync(window, cancellationToken))
            .Concat(await awards.AwardAndContractStagesAsync(window, cancellationToken))
            .Select(s => (s.Date, Id: OcdsReleaseMapper.ReleaseId(s), Stage: s))
            .OrderBy(s => s.Date).ThenBy(s => s.Id, StringComparer.Ordinal);
        return stages.Select(s => mapper.Release(s.Stage)).ToList();
    }

    /// <summary>A release id is its ocid (prefix and reference), a hyphen and the stage: <c>ocds-prc000-PRC-2026-000123-tender-1</c>.</summary>
    [GeneratedRegex(@"^(?<ocid>ocds-[a-z0-9]{6}-PRC-\d{4}-\d{6,})-[a-z]")]
    private static partial Regex OcidOfRelease();
}
