using System.Globalization;
using Cpv = Procurement.Domain.Reference.CpvCode;

namespace Procurement.Domain.Tenders;

/// <summary>
/// Amendments of a published tender. Each one is a new version with a change summary. The officer says whether it is
/// material (bids submitted before it must be confirmed or replaced); the default is material, and it is material
/// whatever the officer says when a deadline, the lots, a quantity, unit, estimated value, CPV code, the evaluation method,
/// the criteria or their weights change. Only a change of wording (titles, descriptions, the justification) may be
/// non-material.
/// </summary>
public sealed partial class Tender
{
    public const int MaxChangeSummaryLength = 2_000;

    /// <summary>0 for drafts, 1 from publication, then one more for each amendment.</summary>
    public int Version { get; private set; }

    /// <summary>Who published the tender: the author of version 1.</summary>
    public Guid? PublishedBy { get; private set; }

    /// <summary>The database time of the latest amendment; null when never amended.</summary>
    public DateTimeOffset? LastAmendedAt { get; private set; }

    /// <summary>The database time of the latest material amendment: bids submitted before it are to be confirmed or replaced.</summary>
    public DateTimeOffset? LastMaterialAmendmentAt { get; private set; }

    /// <summary>
    /// What stops this amendment, by form field (<c>ChangeSummary</c> for the summary, an empty field for the tender as a
    /// whole); empty when it can be made at <paramref name="now"/>, the database server's time.
    /// </summary>
    public IReadOnlyList<(string Field, string Message)> AmendmentProblems(TenderDetails details, string? changeSummary, bool material, DateTimeOffset now, TenderRules rules)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(rules);
        if (Status != TenderStatus.Published)
        {
            return [(string.Empty, Status switch
            {
                TenderStatus.Draft => "This tender is a draft: edit it instead; amendments are for published tenders.",
                TenderStatus.Scheduled => "This tender is scheduled for publication: cancel the schedule and edit the draft instead.",
                _ => "This tender is cancelled and cannot be amended.",
            })];
        }

        if (now >= SubmissionDeadline)
        {
            return [(string.Empty, $"The submission deadline passed on {Utc(SubmissionDeadline)}, so the tender can no longer be amended: bids are sealed for opening. Cancel it if it cannot go ahead as published.")];
        }

        var problems = details.Problems(now, keptClarificationDeadline: ClarificationDeadline).ToList();
        if (details.SubmissionDeadline is { } submission && submission < SubmissionDeadline)
        {
            problems.Add((nameof(SubmissionDeadline), $"The submission deadline can be extended but not brought forward: it is {Utc(SubmissionDeadline)} and suppliers are preparing their bids for it. Choose that time or later."));
        }

        if (details.ClarificationDeadline is { } clarification && clarification < ClarificationDeadline)
        {
            problems.Add((nameof(ClarificationDeadline), $"The clarification deadline can be extended but not brought forward: it is {Utc(ClarificationDeadline)}. Choose that time or later, before the submission deadline."));
        }

        if (details.Procedure != Procedure)
        {
            problems.Add((nameof(Procedure), "The procedure cannot change once the tender is published; cancel the tender and publish a new one under the other procedure."));
        }

        if (details.Lots.Count < _lots.Count)
        {
            var withdrawn = _lots[details.Lots.Count];
            problems.Add((nameof(Lots), $"Lots cannot be removed from a published tender: withdrawing lot {withdrawn.Number} ({withdrawn.Title}) would cancel that lot. Keep all {_lots.Count} lots; you can change their texts, quantities and values, and add lots."));
        }

        if (string.IsNullOrWhiteSpace(changeSummary) || changeSummary.Trim().Length > MaxChangeSummaryLength)
        {
            problems.Add(("ChangeSummary", $"Summarise what the amendment changes and why, at most {MaxChangeSummaryLength:N0} characters; it is published with the new version and sent to interested suppliers."));
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        var materialChanges = MaterialChanges(details);
        if (materialChanges.Count == 0 && !WordingChanged(details))
        {
            return [(string.Empty, "The amendment changes nothing: change the tender's details, then save the amendment.")];
        }

        var earliest = now.AddDays(rules.MinimumDaysAfterMaterialAmendment);
        if ((material || materialChanges.Count > 0) && details.SubmissionDeadline < earliest)
        {
            problems.Add((nameof(SubmissionDeadline), string.Create(CultureInfo.InvariantCulture,
                $"After a material amendment suppliers need at least {rules.MinimumDaysAfterMaterialAmendment} days before the submission deadline to take it into account: " +
                $"extend it to {Utc(earliest)} or later{(materialChanges.Count == 0 ? ", or mark the amendment as not material if it only corrects wording" : null)}.")));
        }

        return problems;
    }

    /// <summary>
    /// Amends the published tender before its submission deadline: the details are replaced, the version goes up by one and
    /// is kept with its snapshot. When the submission deadline moves, the opening key must then be postponed to it
    /// (<see cref="PostponeOpening"/>) in the same transaction.
    /// </summary>
    /// <param name="material">The officer's choice; ignored (material) when <see cref="MaterialChanges"/> finds any.</param>
    /// <param name="now">The database server's time.</param>
    public TenderAmended Amend(TenderDetails newDetails, string changeSummary, bool material, Guid by, DateTimeOffset now, TenderRules rules)
    {
        var problems = AmendmentProblems(newDetails, changeSummary, material, now, rules);
        if (problems.Count > 0)
        {
            throw new DomainRuleException(problems[0].Message);
        }

        var materialChanges = MaterialChanges(newDetails);
        var isMaterial = material || materialChanges.Count > 0;
        var versions = new List<TenderVersion>();
        if (Version == 1)
        {
            // Version 1 is kept when first superseded: until then it is the tender itself.
            versions.Add(new TenderVersion(Id, 1, null, false, Snapshot(), PublishedBy ?? TenderEvent.Platform, PublishedAt!.Value));
        }

        var previousDeadline = SubmissionDeadline;
        Replace(newDetails);
        Version++;
        LastAmendedAt = now;
        if (isMaterial)
        {
            LastMaterialAmendmentAt = now;
        }

        var summary = changeSummary.Trim();
        versions.Add(new TenderVersion(Id, Version, summary, isMaterial, Snapshot(), by, now));
        var forced = materialChanges.Count > 0 ? $" ({string.Join(", ", materialChanges)})" : null;
        var detail = $"Version {Version}, {(isMaterial ? "material" : "not material")}{forced}: {summary}";
        var amended = new TenderEvent(Id, TenderEventKind.Amended, detail.Length > TenderEvent.MaxDetailLength ? detail[..TenderEvent.MaxDetailLength] : detail, by, now);
        return new TenderAmended(amended, versions, isMaterial, materialChanges, previousDeadline);
    }

    /// <summary>
    /// Binds the opening key to the amended submission deadline. It must be the tender's own key pair (bids already sealed
    /// to its public key must still open), with <c>not_before</c> the new deadline and never earlier than before.
    /// </summary>
    public TenderEvent PostponeOpening(OpeningKey postponed, Guid by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(postponed);
        if (Status != TenderStatus.Published || OpeningKey is not { } current)
        {
            throw new DomainRuleException("Only a published tender's opening can be postponed.");
        }

        if (!postponed.PublicKey.AsSpan().SequenceEqual(current.PublicKey) || postponed.Fingerprint != current.Fingerprint)
        {
            throw new DomainRuleException("A postponed opening keeps the tender's key pair: bids already sealed to its public key must still open.");
        }

        if (postponed.NotBefore < current.NotBefore)
        {
            throw new DomainRuleException("The opening key can be postponed, never brought forward.");
        }

        if (postponed.NotBefore != SubmissionDeadline)
        {
            throw new DomainRuleException("The opening key must not be released before the submission deadline: its not-before time must be the deadline.");
        }

        OpeningKey = postponed;
        return new TenderEvent(Id, TenderEventKind.OpeningPostponed, $"{current.NotBefore:O} → {postponed.NotBefore:O}", by, now);
    }

    /// <summary>Whether the opening key still waits to be postponed to an amended deadline (it must not, once saved).</summary>
    public bool OpeningKeyLagsDeadline => OpeningKey is { } key && key.NotBefore != SubmissionDeadline;

    /// <summary>The tender's details and documents as they are now, as a version keeps them.</summary>
    public TenderSnapshot Snapshot() => new(
        ToDetails(),
        _documents.OrderBy(d => d.UploadedAt).Select(d => new DocumentSnapshot(d.Id, d.Title, d.FileName, d.SizeBytes, d.Sha256)).ToList());

    /// <summary>
    /// The changes in <paramref name="details"/> that make an amendment material whatever the officer chose: deadlines,
    /// lots added, and each lot's CPV code, quantity, unit and estimated value, the evaluation method, criteria and weights.
    /// </summary>
    public IReadOnlyList<string> MaterialChanges(TenderDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var changes = new List<string>();
        if (details.SubmissionDeadline?.ToUniversalTime() != SubmissionDeadline)
        {
            changes.Add("submission deadline");
        }

        if (details.ClarificationDeadline?.ToUniversalTime() != ClarificationDeadline)
        {
            changes.Add("clarification deadline");
        }

        for (var i = 0; i < Math.Min(details.Lots.Count, _lots.Count); i++)
        {
            var (lot, typed) = (_lots[i], details.Lots[i]);
            AddIf(changes, !Cpv.IsWellFormed(typed.CpvCode ?? string.Empty) || Cpv.Normalise(typed.CpvCode!) != lot.CpvCode, $"lot {lot.Number} CPV code");
            AddIf(changes, typed.Quantity != lot.Quantity, $"lot {lot.Number} quantity");
            AddIf(changes, !Same(typed.UnitCode?.ToUpperInvariant(), lot.UnitCode), $"lot {lot.Number} unit");
            AddIf(changes, typed.EstimatedAmount != lot.EstimatedValue.Amount || !Same(typed.Currency?.ToUpperInvariant(), lot.EstimatedValue.Currency), $"lot {lot.Number} estimated value");
        }

        AddIf(changes, details.Lots.Count > _lots.Count, details.Lots.Count - _lots.Count == 1 ? "a lot added" : "lots added");
        AddIf(changes, details.EvaluationMethod != EvaluationMethod, "evaluation method");
        if (details.EvaluationMethod == EvaluationMethod.BestValue && EvaluationMethod == EvaluationMethod.BestValue)
        {
            var criteria = _criteria.Where(c => !c.IsPrice).ToList();
            var price = _criteria.FirstOrDefault(c => c.IsPrice)?.Weight;
            AddIf(changes, details.Criteria.Count != criteria.Count || details.Criteria.Zip(criteria).Any(pair => !Same(pair.First.Name, pair.Second.Name)), "criteria");
            AddIf(changes, details.PriceWeight != price || details.Criteria.Zip(criteria).Any(pair => pair.First.Weight != pair.Second.Weight), "weights");
        }

        return changes;
    }

    private bool WordingChanged(TenderDetails details) =>
        !Same(details.Title, Title) || !Same(details.Description, Description) || !Same(details.ShortPeriodJustification, ShortPeriodJustification)
        || details.Lots.Zip(_lots).Any(pair => !Same(pair.First.Title, pair.Second.Title) || !Same(pair.First.Description, pair.Second.Description));

    private static bool Same(string? typed, string? kept) =>
        string.Equals(string.IsNullOrWhiteSpace(typed) ? null : typed.Trim(), string.IsNullOrWhiteSpace(kept) ? null : kept.Trim(), StringComparison.Ordinal);

    private static void AddIf(List<string> changes, bool changed, string what)
    {
        if (changed)
        {
            changes.Add(what);
        }
    }

    private static string Utc(DateTimeOffset time) => time.ToUniversalTime().ToString("d MMMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
