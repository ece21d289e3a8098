using Procurement.Domain.Tenders;

namespace Procurement.Application.Tenders;

/// <summary>Tender settings from configuration: <c>Tenders:MinimumSubmissionDays</c>, <c>Tenders:MinimumDaysAfterMaterialAmendment</c>, <c>Tenders:MaxDocumentMegabytes</c>, <c>OpenData:OcidPrefix</c>.</summary>
public sealed class TenderSettings
{
    public int MinimumSubmissionDays { get; init; } = 10;

    public int MaxDocumentMegabytes { get; init; } = 20;

    /// <summary><c>Tenders:MinimumDaysAfterMaterialAmendment</c>: days left before the deadline after a material amendment.</summary>
    public int MinimumDaysAfterMaterialAmendment { get; init; } = 6;

    /// <summary>The registered OCDS prefix, <c>ocds-</c> and six characters; every ocid starts with it.</summary>
    public string OcidPrefix { get; init; } = "ocds-prc000";

    public long MaxDocumentBytes => MaxDocumentMegabytes * 1024L * 1024L;

    public TenderRules Rules => new(MinimumSubmissionDays, MinimumDaysAfterMaterialAmendment);
}

/// <summary>Who acts on a tender: an officer may manage its own agency's tenders only; an administrator any.</summary>
public sealed record TenderActor(Guid UserId, Guid? AgencyId, bool IsAdmin)
{
    public bool MayManage(Tender tender) => IsAdmin || (AgencyId is { } agency && agency == tender.AgencyId);
}

/// <summary>The outcome of a change: <see cref="Found"/> is false when the tender does not exist or is not the actor's to manage.</summary>
public sealed record TenderChange(bool Found, IReadOnlyList<FieldError> Errors, Guid TenderId)
{
    public static TenderChange NotFound(Guid tenderId) => new(false, [], tenderId);

    public static TenderChange Done(Guid tenderId) => new(true, [], tenderId);

    public static TenderChange Refused(Guid tenderId, IEnumerable<FieldError> errors) => new(true, errors.ToList(), tenderId);

    public static TenderChange Refused(Guid tenderId, string message) => new(true, [new FieldError(string.Empty, message)], tenderId);

    public bool Succeeded => Found && Errors.Count == 0;
}
