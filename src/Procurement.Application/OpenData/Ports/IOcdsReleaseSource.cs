namespace Procurement.Application.OpenData.Ports;

/// <summary>The tender-side stages of public tenders (publication, amendments, cancellation, opening), read for OCDS.</summary>
public interface IOcdsReleaseSource
{
    /// <summary>
    /// <see cref="OcdsTenderPublished"/>, <see cref="OcdsTenderAmended"/>, <see cref="OcdsTenderCancelled"/> and
    /// <see cref="OcdsBidsOpened"/> stages in <paramref name="window"/>, ordered by date. Only tenders that were published.
    /// </summary>
    Task<IReadOnlyList<OcdsStage>> TenderStagesAsync(OcdsStageWindow window, CancellationToken cancellationToken);

    /// <summary>The tender of a published contracting process, by ocid; null when there is none.</summary>
    Task<Guid?> TenderIdAsync(string ocid, CancellationToken cancellationToken);
}
