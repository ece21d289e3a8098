namespace Procurement.Application.Tenders.Ports;

/// <summary>
/// Told about every amendment of a published tender, after it commits, to tell interested suppliers (and, with bids,
/// bidders). A failing subscriber is logged; the amendment stands.
/// </summary>
public interface ITenderAmendmentSubscriber
{
    Task OnAmendedAsync(AmendedTender tender, CancellationToken cancellationToken);
}

/// <param name="Version">The new version number (2 for the first amendment).</param>
/// <param name="Material">Whether bids submitted before it must be confirmed or replaced.</param>
/// <param name="PreviousSubmissionDeadline">The deadline before the amendment; equal to <paramref name="SubmissionDeadline"/> when it did not move.</param>
/// <param name="Link">The tender's public page, with the amendment history.</param>
public sealed record AmendedTender(
    Guid TenderId, string Reference, string Title, string Buyer, IReadOnlyList<string> CpvCodes, int Version, string ChangeSummary, bool Material,
    DateTimeOffset SubmissionDeadline, DateTimeOffset PreviousSubmissionDeadline, Uri Link)
{
    public bool DeadlineExtended => SubmissionDeadline > PreviousSubmissionDeadline;
}
