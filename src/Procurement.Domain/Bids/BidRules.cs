using System.Globalization;
using Procurement.Domain.Tenders;

namespace Procurement.Domain.Bids;

/// <summary>The limits of a bid, and the messages that explain why a bid cannot be taken.</summary>
public static class BidRules
{
    public const int MaxNotesLength = 4_000;
    public const int MaxValidityDays = 730;
    public const int MaxAttachments = 10;
    public const int MaxAttachmentMegabytes = 10;
    public const int MaxAttachmentBytes = MaxAttachmentMegabytes * 1024 * 1024;
    public const int MaxFileNameLength = 200;

    public static string ClosedMessage(Tender tender, DateTimeOffset now, string what) => tender.Status switch
    {
        TenderStatus.Published when now >= tender.SubmissionDeadline => string.Create(
            CultureInfo.InvariantCulture,
            $"The deadline for bids passed at {tender.SubmissionDeadline.UtcDateTime:d MMMM yyyy HH:mm:ss} UTC; bids can no longer be {what}."),
        TenderStatus.Cancelled => $"This tender was cancelled; bids can no longer be {what}.",
        _ when tender.IsOpened => $"The bids of this tender have been opened; bids can no longer be {what}.",
        _ => $"This tender is not open for bids; bids cannot be {what}.",
    };
}
