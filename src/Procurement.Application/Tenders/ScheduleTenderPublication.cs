using Procurement.Application.Scheduling.Ports;
using Procurement.Application.Tenders.Ports;
using Procurement.Domain;

namespace Procurement.Application.Tenders;

/// <param name="At">When to publish, in UTC.</param>
public sealed record ScheduleTenderPublication(TenderActor Actor, Guid TenderId, DateTimeOffset? At);

/// <summary>Takes a scheduled tender back to draft and removes its job.</summary>
public sealed record UnscheduleTenderPublication(TenderActor Actor, Guid TenderId);

/// <summary>
/// Checks the tender as it would be at the publication time (minimum submission period from then), marks it scheduled
/// and asks <see cref="IJobScheduler"/> for <see cref="ScheduledWork.PublishTender"/> at that time. The job carries only
/// the tender id and re-checks everything when it runs.
/// </summary>
public sealed class ScheduleTenderPublicationHandler(ITenderRepository tenders, IJobScheduler scheduler, TenderSettings settings, TimeProvider clock)
{
    public async Task<TenderChange> HandleAsync(ScheduleTenderPublication command, CancellationToken cancellationToken)
    {
        var tender = await tenders.FindAsync(command.TenderId, cancellationToken);
        if (tender is null || !command.Actor.MayManage(tender))
        {
            return TenderChange.NotFound(command.TenderId);
        }

        if (command.At is not { } at)
        {
            return TenderChange.Refused(tender.Id, [new FieldError("PublishAt", "Enter the date and time (UTC) at which to publish the tender.")]);
        }

        var problems = tender.PublicationProblems(at, settings.Rules);
        if (problems.Count > 0)
        {
            return TenderChange.Refused(tender.Id, problems.Select(p => new FieldError(p.Field, p.Message)));
        }

        try
        {
            tenders.Record(tender.SchedulePublication(at, settings.Rules, command.Actor.UserId, clock.GetUtcNow()));
        }
        catch (DomainRuleException refused)
        {
            return TenderChange.Refused(tender.Id, [new FieldError("PublishAt", refused.Message)]);
        }

        await tenders.SaveAsync(cancellationToken);
        await scheduler.ScheduleAsync(ScheduledWork.PublishTender, tender.Id, at, cancellationToken);
        return TenderChange.Done(tender.Id);
    }

    public async Task<TenderChange> HandleAsync(UnscheduleTenderPublication command, CancellationToken cancellationToken)
    {
        var tender = await tenders.FindAsync(command.TenderId, cancellationToken);
        if (tender is null || !command.Actor.MayManage(tender))
        {
            return TenderChange.NotFound(command.TenderId);
        }

        try
        {
            tenders.Record(tender.Unschedule(command.Actor.UserId, clock.GetUtcNow()));
        }
        catch (DomainRuleException refused)
        {
            return TenderChange.Refused(tender.Id, refused.Message);
        }

        await tenders.SaveAsync(cancellationToken);
        await scheduler.CancelAsync(ScheduledWork.PublishTender, tender.Id, cancellationToken);
        return TenderChange.Done(tender.Id);
    }
}
