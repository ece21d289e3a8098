namespace Procurement.Application.Tenders.Ports;

/// <summary>
/// Told about every tender when it is published. Publishing a tender (the tenders capability) calls each registered
/// subscriber after the publication commits; category alerts to suppliers are the first subscriber.
/// </summary>
public interface ITenderPublicationSubscriber
{
    Task OnPublishedAsync(PublishedTender tender, CancellationToken cancellationToken);
}

/// <param name="CpvCodes">The CPV codes of the tender and its lots, e.g. <c>45233120-6</c>.</param>
/// <param name="Link">The tender's public page.</param>
public sealed record PublishedTender(string Reference, string Title, string Buyer, IReadOnlyList<string> CpvCodes, DateTimeOffset SubmissionDeadline, Uri Link);
