namespace Procurement.Application.OpenData.Ports;

/// <summary>
/// The award-side stages of public tenders for OCDS: award rounds (decided, final, lapsed) and contracts. Read from the
/// award tables (<c>OcdsAwardSource</c>): a decision is published when notified, as pending awards (docs/open-data.md).
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
