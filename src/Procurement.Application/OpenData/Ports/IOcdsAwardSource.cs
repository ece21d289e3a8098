namespace Procurement.Application.OpenData.Ports;

/// <summary>
/// The award-side stages of public tenders for OCDS: award rounds (decided, final, lapsed) and contracts. Read from the
/// award tables; until those are wired (<c>NoOcdsAwardStages</c>) there are none, and OCDS shows the tender side only.
/// </summary>
public interface IOcdsAwardSource
{
    /// <summary>
    /// The <see cref="OcdsAwardInput"/> and <see cref="OcdsContractInput"/> stages in <paramref name="window"/>, ordered by
    /// date, following the window's rule for <see cref="OcdsStageWindow.Limit"/> (every tie of the last date included).
    /// Each stage's <see cref="OcdsStage.Process"/> names the tender's ocid, reference and agency as the tender stages do.
    /// </summary>
    Task<IReadOnlyList<OcdsStage>> AwardAndContractStagesAsync(OcdsStageWindow window, CancellationToken cancellationToken);
}
