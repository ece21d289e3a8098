using Procurement.Application.Bids.Ports;
using Procurement.Application.Suppliers.Ports;
using Procurement.Domain;
using Procurement.Domain.Bids;
using Procurement.Domain.Files;

namespace Procurement.Application.Bids;

public sealed record SaveBidDraft(BidActor Actor, Guid TenderId, IReadOnlyList<LotOffer> Lots);

public sealed record AddBidAttachment(BidActor Actor, Guid TenderId, string FileName, byte[] Content);

public sealed record RemoveBidAttachment(BidActor Actor, Guid TenderId, Guid AttachmentId);

/// <summary>
/// Keeps a supplier's unsubmitted bid between visits: the lot offers and the attachments, protected with the platform's
/// data-protection keys. Anything may be saved (a draft is checked only when submitted), while the tender takes bids.
/// </summary>
public sealed class SaveBidDraftHandler(IBidRepository bids, ISupplierRegistry suppliers, IBidDraftProtector protector)
{
    /// <summary>What a bid attachment may be, recognised from its content.</summary>
    public static readonly IReadOnlyList<FileType> AttachmentTypes = [FileType.Pdf, FileType.Docx, FileType.Xlsx, FileType.Zip, FileType.Png, FileType.Jpeg];

    public async Task<BidOutcome> HandleAsync(SaveBidDraft command, CancellationToken cancellationToken) =>
        await ChangeDraftAsync(command.Actor, command.TenderId, (draft, now) =>
        {
            draft.Update(protector.Protect(BidContentJson.SerialiseDraft(command.Lots)), now);
            return BidOutcome.Done;
        }, cancellationToken, command.Lots);

    public async Task<BidOutcome> HandleAsync(AddBidAttachment command, CancellationToken cancellationToken)
    {
        var problem = AttachmentProblem(command.FileName, command.Content);
        if (problem is not null)
        {
            return BidOutcome.Refused(problem, "Attachment");
        }

        return await ChangeDraftAsync(command.Actor, command.TenderId, (draft, now) =>
        {
            var name = Path.GetFileName(command.FileName.Trim());
            var attachment = draft.Attach(protector.Protect(System.Text.Encoding.UTF8.GetBytes(name)), command.Content.LongLength, now);
            bids.StoreDraftFile(attachment.Id, protector.Protect(command.Content));
            return BidOutcome.Done;
        }, cancellationToken);
    }

    public async Task<BidOutcome> HandleAsync(RemoveBidAttachment command, CancellationToken cancellationToken) =>
        await ChangeDraftAsync(command.Actor, command.TenderId, (draft, now) =>
        {
            draft.Detach(command.AttachmentId, now);
            return BidOutcome.Done;
        }, cancellationToken);

    /// <summary>The supplier's draft for the tender, read back; null when there is none.</summary>
    public async Task<BidDraftView?> ReadAsync(BidActor actor, Guid tenderId, CancellationToken cancellationToken)
    {
        var draft = await bids.FindDraftAsync(tenderId, actor.SupplierId, cancellationToken);
        return draft is null
            ? null
            : new BidDraftView(
                BidContentJson.ParseDraft(protector.Unprotect(draft.ProtectedContent)),
                [.. draft.Attachments.OrderBy(a => a.Number).Select(a => new BidDraftFileView(a.Id, a.Number, System.Text.Encoding.UTF8.GetString(protector.Unprotect(a.ProtectedName)), a.Size))],
                draft.UpdatedAt);
    }

    /// <summary>Why a file cannot be attached to a bid; null when it can.</summary>
    public static string? AttachmentProblem(string? fileName, byte[] content)
    {
        if (string.IsNullOrWhiteSpace(fileName) || content.Length == 0)
        {
            return "Choose a file to attach.";
        }

        if (Path.GetFileName(fileName.Trim()).Length > BidRules.MaxFileNameLength)
        {
            return $"The file name must be at most {BidRules.MaxFileNameLength} characters; rename the file.";
        }

        if (content.Length > BidRules.MaxAttachmentBytes)
        {
            return $"The file is larger than {BidRules.MaxAttachmentMegabytes} MB; reduce it or split it.";
        }

        return FileType.Detect(content) is { } type && AttachmentTypes.Contains(type)
            ? null
            : $"Attach a {string.Join(", ", AttachmentTypes.Select(t => t.Name))} file; the file's content is not one of these.";
    }

    private async Task<BidOutcome> ChangeDraftAsync(BidActor actor, Guid tenderId, Func<BidDraft, DateTimeOffset, BidOutcome> change, CancellationToken cancellationToken, IReadOnlyList<LotOffer>? initialLots = null)
    {
        var supplier = await suppliers.FindAsync(actor.SupplierId, cancellationToken);
        if (supplier is null)
        {
            return BidOutcome.NotFound;
        }

        await using var transaction = await bids.BeginTransactionAsync(cancellationToken);
        var tender = await bids.LockTenderForBidAsync(tenderId, cancellationToken);
        if (tender is null || !tender.IsPublic)
        {
            return BidOutcome.NotFound;
        }

        var now = await bids.ClockAsync(cancellationToken);
        if (!tender.IsOpenForBids(now))
        {
            return BidOutcome.Refused(BidRules.ClosedMessage(tender, now, "changed"));
        }

        if (!supplier.MayBid)
        {
            return BidOutcome.Refused(SubmitBidHandler.NotVerifiedMessage);
        }

        var draft = await bids.FindDraftAsync(tenderId, actor.SupplierId, cancellationToken);
        if (draft is null)
        {
            draft = new BidDraft(tenderId, actor.SupplierId, protector.Protect(BidContentJson.SerialiseDraft(initialLots ?? [])), now);
            bids.Add(draft);
        }

        BidOutcome outcome;
        try
        {
            outcome = change(draft, now);
        }
        catch (DomainRuleException refused)
        {
            return BidOutcome.Refused(refused.Message, "Attachment");
        }

        await bids.SaveAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }
}

/// <summary>A draft as the supplier sees it again: its offers and attachments, read back through the protector.</summary>
public sealed record BidDraftView(IReadOnlyList<LotOffer> Lots, IReadOnlyList<BidDraftFileView> Attachments, DateTimeOffset UpdatedAt);

public sealed record BidDraftFileView(Guid Id, int Number, string FileName, long Size);
