using Procurement.Application.OpenData;
using Procurement.Application.OpenData.Ports;

namespace Procurement.Infrastructure.OpenData;

/// <summary>
/// No award or contract stages yet: the award tables are built on another branch. Replace with a reader of the award
/// decisions, their standstill and contracts when they are merged (docs/open-data.md, "Awards and contracts").
/// </summary>
internal sealed class NoOcdsAwardStages : IOcdsAwardSource
{
    public Task<IReadOnlyList<OcdsStage>> AwardAndContractStagesAsync(OcdsStageWindow window, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OcdsStage>>([]);
}
