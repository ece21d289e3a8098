using Procurement.Application.Notifications;
using Procurement.Application.Notifications.Ports;
using Procurement.Application.Tenders.Ports;
using Procurement.Domain;
using Procurement.Domain.Tenders;

namespace Procurement.Application.Tenders;

/// <summary>An officer of the tender's agency publishes a question (in words that do not identify the asker) with its answer.</summary>
public sealed record AnswerClarification(TenderActor Actor, Guid TenderId, Guid ClarificationId, string? PublishedQuestion, string? Answer);

/// <summary>
/// On the locked tender row, checked against the database clock: the answer, its event and the notices to every
/// interested supplier and the asker (in-app and e-mail) are saved in one transaction.
/// </summary>
public sealed class AnswerClarificationHandler(ITenderRepository tenders, IClarificationStore clarifications, NotifyInterestedSuppliers notify, ITenderLinks links)
{
    public async Task<TenderChange> HandleAsync(AnswerClarification command, CancellationToken cancellationToken)
    {
        await using var transaction = await tenders.BeginTransactionAsync(cancellationToken);
        var tender = await tenders.FindForUpdateAsync(command.TenderId, cancellationToken);
        var clarification = await clarifications.FindAsync(command.ClarificationId, cancellationToken);
        if (tender is null || !command.Actor.MayManage(tender) || clarification is null || clarification.TenderId != tender.Id)
        {
            return TenderChange.NotFound(command.TenderId);
        }

        var problems = Clarification.AnswerProblems(command.PublishedQuestion, command.Answer);
        if (problems.Count > 0)
        {
            return TenderChange.Refused(tender.Id, problems.Select(p => new FieldError(p.Field, p.Message)));
        }

        try
        {
            clarifications.Record(clarification.Publish(tender, command.PublishedQuestion, command.Answer, command.Actor.UserId, await tenders.DatabaseNowAsync(cancellationToken)));
        }
        catch (DomainRuleException refused)
        {
            return TenderChange.Refused(tender.Id, refused.Message);
        }

        await notify.NotifyAsync(tender.Id, Answered(tender, clarification), cancellationToken, alsoUsers: [clarification.AskedBy]);
        await tenders.SaveAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TenderChange.Done(tender.Id);
    }

    private Notice Answered(Tender tender, Clarification clarification) => new(
        $"Clarification published: {tender.Reference} {tender.Title}",
        $"""
        The contracting authority has answered a question about the tender {tender.Reference}, "{tender.Title}".

        Question: {clarification.PublishedQuestion}

        Answer: {clarification.Answer}
        """,
        links.PublicPage(tender.Reference!));
}
