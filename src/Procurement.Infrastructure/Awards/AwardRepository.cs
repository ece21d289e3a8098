using Microsoft.EntityFrameworkCore;
using Procurement.Application.Awards.Ports;
using Procurement.Domain.Awards;
using Procurement.Domain.Bids;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Awards;

internal sealed class AwardRepository(ProcurementDbContext db) : IAwardRepository
{
    public Task<DateTimeOffset> ClockAsync(CancellationToken cancellationToken) => db.Database.ClockTimestampAsync(cancellationToken);

    public Task<AwardDecision?> StandingAsync(Guid tenderId, CancellationToken cancellationToken) =>
        db.AwardDecisions.SingleOrDefaultAsync(decision => decision.TenderId == tenderId && decision.Status == AwardDecisionStatus.Standstill, cancellationToken);

    public async Task<IReadOnlyList<AwardDecision>> DecisionsAsync(Guid tenderId, CancellationToken cancellationToken) =>
        await db.AwardDecisions.Where(decision => decision.TenderId == tenderId).OrderByDescending(decision => decision.Round).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Complaint>> ComplaintsAsync(Guid tenderId, CancellationToken cancellationToken) =>
        await db.Complaints.Where(complaint => complaint.TenderId == tenderId).OrderBy(complaint => complaint.LodgedAt).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Contract>> ContractsAsync(Guid tenderId, CancellationToken cancellationToken) =>
        await db.Contracts.Where(contract => contract.TenderId == tenderId).OrderBy(contract => contract.LotNumber).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Guid>> BiddersAsync(Guid tenderId, CancellationToken cancellationToken) =>
        await db.Bids.Where(bid => bid.TenderId == tenderId && bid.Status == BidStatus.Submitted).Select(bid => bid.SupplierId).Distinct().ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Guid>> TendersDueForFinalisingAsync(CancellationToken cancellationToken) =>
        await db.Database
            .SqlQuery<Guid>($"SELECT d.tender_id AS \"Value\" FROM award_decisions d JOIN tenders t ON t.id = d.tender_id WHERE d.status = 'Standstill' AND t.status = 'Standstill' AND d.standstill_ends_at <= now() AND NOT EXISTS (SELECT 1 FROM complaints c WHERE c.decision_id = d.id AND c.status = 'Open') ORDER BY d.standstill_ends_at")
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<OpenComplaint>> OpenComplaintsAsync(CancellationToken cancellationToken) =>
        await (from complaint in db.Complaints.AsNoTracking()
               where complaint.Status == ComplaintStatus.Open
               join tender in db.Tenders on complaint.TenderId equals tender.Id
               join decision in db.AwardDecisions on complaint.DecisionId equals decision.Id
               join supplier in db.Suppliers on complaint.SupplierId equals supplier.Id
               orderby complaint.LodgedAt
               select new OpenComplaint(complaint.Id, tender.Id, tender.Reference!, tender.Title, supplier.Id, supplier.LegalName, complaint.LodgedAt, decision.StandstillEndsAt))
            .ToListAsync(cancellationToken);

    public void Add(AwardDecision decision) => db.AwardDecisions.Add(decision);

    public void Add(Complaint complaint)
    {
        db.Complaints.Add(complaint);
        foreach (var document in complaint.Documents)
        {
            db.Set<ComplaintDocumentFile>().Add(new ComplaintDocumentFile(document.Id, document.Content));
        }
    }

    public void Add(Contract contract) => db.Contracts.Add(contract);

    public void Record(AwardEvent awardEvent) => db.AwardEvents.Add(awardEvent);

    public async Task StoreContractDocumentAsync(Guid contractId, byte[] content, CancellationToken cancellationToken)
    {
        var existing = await db.Set<ContractDocumentFile>().FindAsync([contractId], cancellationToken);
        if (existing is null)
        {
            db.Set<ContractDocumentFile>().Add(new ContractDocumentFile(contractId, content));
        }
        else
        {
            existing.Content = content;
        }
    }

    public async Task<AwardFile?> ComplaintDocumentAsync(Guid complaintId, Guid documentId, CancellationToken cancellationToken)
    {
        var document = await db.Complaints.AsNoTracking()
            .Where(complaint => complaint.Id == complaintId)
            .SelectMany(complaint => complaint.Documents)
            .Where(d => d.Id == documentId)
            .Select(d => new { d.FileName, d.ContentType })
            .SingleOrDefaultAsync(cancellationToken);
        if (document is null)
        {
            return null;
        }

        var content = await db.Set<ComplaintDocumentFile>().AsNoTracking().Where(file => file.DocumentId == documentId).Select(file => file.Content).SingleAsync(cancellationToken);
        return new AwardFile(document.FileName, document.ContentType, content);
    }

    public Task<AwardFile?> ContractDocumentAsync(Guid contractId, CancellationToken cancellationToken) =>
        db.Contracts.AsNoTracking()
            .Where(contract => contract.Id == contractId && contract.DocumentFileName != null)
            .Join(db.Set<ContractDocumentFile>(), contract => contract.Id, file => file.ContractId, (contract, file) => new AwardFile(contract.DocumentFileName!, "application/pdf", file.Content))
            .SingleOrDefaultAsync(cancellationToken);
}
