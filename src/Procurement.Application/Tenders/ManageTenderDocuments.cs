using Procurement.Application.Tenders.Ports;
using Procurement.Domain;
using Procurement.Domain.Tenders;

namespace Procurement.Application.Tenders;

/// <param name="Content">The file as uploaded; its type is read from its content, never from its name.</param>
public sealed record AddTenderDocument(TenderActor Actor, Guid TenderId, string? Title, string FileName, byte[] Content);

public sealed record RemoveTenderDocument(TenderActor Actor, Guid TenderId, Guid DocumentId);

/// <summary>Adds and removes a draft tender's documents; the description and the file are saved with the event in one transaction.</summary>
public sealed class ManageTenderDocumentsHandler(ITenderRepository tenders, TenderSettings settings, TimeProvider clock)
{
    public async Task<TenderChange> HandleAsync(AddTenderDocument command, CancellationToken cancellationToken)
    {
        var tender = await tenders.FindAsync(command.TenderId, cancellationToken);
        if (tender is null || !command.Actor.MayManage(tender))
        {
            return TenderChange.NotFound(command.TenderId);
        }

        var problems = TenderDocument.Problems(command.Title, command.Content, settings.MaxDocumentBytes);
        if (problems.Count > 0)
        {
            return TenderChange.Refused(tender.Id, problems.Select(p => new FieldError(p.Field, p.Message)));
        }

        try
        {
            var now = clock.GetUtcNow();
            var document = TenderDocument.Describe(command.Title!, command.FileName, command.Content, settings.MaxDocumentBytes, now);
            tenders.Record(tender.AddDocument(document, command.Actor.UserId, now));
            tenders.StoreDocumentFile(document.Id, command.Content);
        }
        catch (DomainRuleException refused)
        {
            return TenderChange.Refused(tender.Id, refused.Message);
        }

        await tenders.SaveAsync(cancellationToken);
        return TenderChange.Done(tender.Id);
    }

    public async Task<TenderChange> HandleAsync(RemoveTenderDocument command, CancellationToken cancellationToken)
    {
        var tender = await tenders.FindAsync(command.TenderId, cancellationToken);
        if (tender is null || !command.Actor.MayManage(tender))
        {
            return TenderChange.NotFound(command.TenderId);
        }

        try
        {
            tenders.Record(tender.RemoveDocument(command.DocumentId, command.Actor.UserId, clock.GetUtcNow()));
        }
        catch (DomainRuleException refused)
        {
            return TenderChange.Refused(tender.Id, refused.Message);
        }

        await tenders.SaveAsync(cancellationToken);
        return TenderChange.Done(tender.Id);
    }
}
