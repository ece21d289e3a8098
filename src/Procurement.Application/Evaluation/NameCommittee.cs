using Procurement.Application.Evaluation.Ports;
using Procurement.Application.Notifications.Ports;
using Procurement.Application.Tenders;
using Procurement.Domain;
using Procurement.Domain.Evaluation;
using Procurement.Domain.Tenders;

namespace Procurement.Application.Evaluation;

/// <summary>
/// An officer of the tender's agency names the evaluation committee of an opened tender (members, chair, scale), or later
/// adds members and names a new chair. <paramref name="Scale"/> counts only the first time.
/// </summary>
public sealed record NameCommittee(TenderActor Actor, Guid TenderId, ScoreScale? Scale, IReadOnlyList<Guid> MemberIds, Guid? ChairId);

/// <summary>
/// The first naming moves the tender into evaluation. Members must be active evaluators of the tender's agency; each
/// new member is told (in-app and e-mail) to sign the conflict-of-interest declaration.
/// </summary>
public sealed class NameCommitteeHandler(EvaluationWork work, IEvaluationStaff staff, INotifications notifications, IEvaluationLinks links, EvaluationSettings settings)
{
    public async Task<TenderChange> HandleAsync(NameCommittee command, CancellationToken cancellationToken)
    {
        await using var unitOfWork = work;
        await work.BeginAsync(command.TenderId, cancellationToken);
        if (work.Tender is not { } tender || !command.Actor.MayManage(tender) || !tender.IsOpened)
        {
            return TenderChange.NotFound(command.TenderId);
        }

        var evaluators = (await staff.EvaluatorsAsync(tender.AgencyId, cancellationToken)).ToDictionary(e => e.UserId);
        var errors = new List<FieldError>();
        if (work.Evaluation is null && command.Scale is null)
        {
            errors.Add(new FieldError(nameof(command.Scale), "Choose the score scale: 0 to 10 or 0 to 100."));
        }

        if (command.MemberIds.Any(id => !evaluators.ContainsKey(id)))
        {
            errors.Add(new FieldError(nameof(command.MemberIds), "Members must be active evaluators of the tender's agency."));
        }

        if (command.ChairId is null)
        {
            errors.Add(new FieldError(nameof(command.ChairId), "Choose the chair."));
        }

        if (errors.Count > 0)
        {
            return TenderChange.Refused(tender.Id, errors);
        }

        var nominees = command.MemberIds.Distinct().Select(id => evaluators[id]).ToList();
        IReadOnlyList<Nominee> toNotify;
        try
        {
            if (work.Evaluation is { } evaluation)
            {
                var before = evaluation.Members.Select(m => m.UserId).ToHashSet();
                foreach (var change in evaluation.ChangeCommittee(nominees.Where(n => !before.Contains(n.UserId)).ToList(), command.ChairId!.Value, command.Actor.UserId, work.Now))
                {
                    work.Record(change);
                }

                toNotify = nominees.Where(n => !before.Contains(n.UserId)).ToList();
            }
            else
            {
                var (named, namedEvent) = TenderEvaluation.Name(tender, command.Scale!.Value, nominees, command.ChairId!.Value, settings.MinimumCommitteeMembers, command.Actor.UserId, work.Now);
                work.Record(tender.BeginEvaluation(command.Actor.UserId, work.Now));
                work.Add(named);
                work.Record(namedEvent);
                toNotify = nominees;
            }
        }
        catch (DomainRuleException refused)
        {
            return TenderChange.Refused(tender.Id, refused.Message);
        }

        await notifications.NotifyAsync([.. toNotify.Select(n => n.UserId)], Named(tender), cancellationToken);
        await work.CommitAsync(cancellationToken);
        return TenderChange.Done(tender.Id);
    }

    private Notice Named(Tender tender) => new(
        $"Evaluation committee: {tender.Reference} {tender.Title}",
        $"""
        You are named to the committee evaluating the bids for {tender.Reference}, "{tender.Title}".

        Before any bid is shown to you, sign the conflict-of-interest declaration for this tender. If you have a conflict
        with any bidder, declare it: you will be removed from the committee.
        """,
        links.MemberPage(tender.Id));
}
