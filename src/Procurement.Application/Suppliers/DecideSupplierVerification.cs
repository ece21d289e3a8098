using Procurement.Application.Notifications.Ports;
using Procurement.Application.Scheduling.Ports;
using Procurement.Application.Suppliers.Ports;
using Procurement.Domain;
using Procurement.Domain.Suppliers;

namespace Procurement.Application.Suppliers;

public enum VerificationDecision
{
    Verify,
    Reject,
    RequestInformation,
    Suspend,
    Reinstate,
    ApproveIdentityChange,
    RejectIdentityChange,
}

/// <summary>An officer's decision on a supplier: verify or reject a pending one, suspend (or debar until a date) or reinstate, approve or reject a change of legal identity.</summary>
public sealed record DecideSupplierVerification(Guid SupplierId, Guid OfficerId, VerificationDecision Decision, string? Reason, DateTimeOffset? Until = null);

/// <summary>
/// Records the decision with the status change and the notices to the company's users (in-app and e-mail, through the
/// mail outbox) in one transaction. A
/// debarment schedules its own end (<see cref="EndDueDebarments"/>); a reinstatement cancels it.
/// </summary>
public sealed class DecideSupplierVerificationHandler(ISupplierRegistry registry, INotifications notifications, IJobScheduler scheduler, TimeProvider clock)
{
    public async Task<IReadOnlyList<FieldError>> HandleAsync(DecideSupplierVerification command, CancellationToken cancellationToken)
    {
        var supplier = await registry.FindAsync(command.SupplierId, cancellationToken)
            ?? throw new InvalidOperationException($"No supplier {command.SupplierId}.");
        var now = clock.GetUtcNow();
        SupplierDecision decision;
        try
        {
            decision = command.Decision switch
            {
                VerificationDecision.Verify => supplier.Verify(command.OfficerId, now),
                VerificationDecision.Reject => supplier.Reject(command.OfficerId, command.Reason ?? string.Empty, now),
                VerificationDecision.RequestInformation => supplier.RequestInformation(command.OfficerId, command.Reason ?? string.Empty, now),
                VerificationDecision.Suspend => supplier.Suspend(command.OfficerId, command.Reason ?? string.Empty, command.Until, now),
                VerificationDecision.Reinstate => supplier.Reinstate(command.OfficerId, now),
                VerificationDecision.ApproveIdentityChange => supplier.ApproveIdentityChange(command.OfficerId, now),
                VerificationDecision.RejectIdentityChange => supplier.RejectIdentityChange(command.OfficerId, command.Reason ?? string.Empty, now),
                _ => throw new DomainRuleException("Choose a decision."),
            };
        }
        catch (DomainRuleException refused)
        {
            return [new(command.Decision is VerificationDecision.Reject or VerificationDecision.RequestInformation or VerificationDecision.Suspend or VerificationDecision.RejectIdentityChange ? nameof(command.Reason) : string.Empty, refused.Message)];
        }

        // Scheduled before the save: if the save fails, the end finds no debarment and does nothing; the other way
        // round, a failed scheduling would leave a debarment that only the daily sweep ends.
        if (decision.Kind == SupplierDecisionKind.Suspended && supplier.SuspendedUntil is { } until)
        {
            await scheduler.ScheduleAsync(ScheduledWork.EndDebarment, supplier.Id, until, cancellationToken);
        }

        registry.Record(decision);
        await notifications.NotifyAsync(await registry.UserIdsAsync(supplier.Id, cancellationToken), SupplierNotices.For(supplier.LegalName, decision), cancellationToken);
        await registry.SaveAsync(cancellationToken);
        if (decision.Kind == SupplierDecisionKind.Reinstated)
        {
            await scheduler.CancelAsync(ScheduledWork.EndDebarment, supplier.Id, cancellationToken);
        }

        return [];
    }
}
