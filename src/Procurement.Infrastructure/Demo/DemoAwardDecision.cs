using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Procurement.Application.Awards;
using Procurement.Application.Evaluation.Ports;
using Procurement.Application.Tenders;
using Procurement.Domain.Awards;
using Procurement.Domain.Tenders;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Demo;

/// <summary>
/// The officer's part of a demo award: each lot to its top-ranked bid, or unsuccessful with the story's reason, two days
/// after the evaluation; then, when the story's standstill is over, the award made final by the same use case the
/// scheduled job runs, and each contract's signature recorded with a one-page signed PDF.
/// </summary>
public sealed class DemoAwardDecision(
    ProcurementDbContext db, DecideAwardHandler decisions, EndStandstillHandler standstill, RecordContractSignatureHandler signatures)
{
    public async Task DecideAsync(Tender tender, TenderActor officer, DemoStory story, FinalEvaluation evaluation, CancellationToken cancellationToken)
    {
        var decidedAt = tender.SubmissionDeadline.AddDays(story.Stage == DemoStage.Standstill ? 11 : 6);
        var choices = evaluation.Lots.Select(lot => story.Stage == DemoStage.Unsuccessful || lot.Ranking.Count == 0
            ? new LotChoice(lot.LotId, null, null, story.EndReason ?? "No acceptable bid was received.")
            : new LotChoice(lot.LotId, lot.Ranking[0].BidId, null, null)).ToList();
        using (DemoTime.At(decidedAt))
        {
            DemoAwarding.Check(await decisions.HandleAsync(new DecideAward(officer, tender.Id, choices), cancellationToken), tender);
        }

        if (story.Stage == DemoStage.Standstill)
        {
            return;
        }

        var ends = await db.Tenders.Where(t => t.Id == tender.Id).Select(t => t.StandstillEndsAt!.Value).SingleAsync(cancellationToken);
        using (DemoTime.At(ends.AddHours(1)))
        {
            var result = await standstill.HandleAsync(new EndStandstill(tender.Id), cancellationToken);
            if (result.Outcome != StandstillOutcome.Finalised)
            {
                throw new InvalidOperationException($"Demo tender “{tender.Title}” could not be finalised: {result.Outcome}.");
            }
        }

        var contracts = await db.Contracts.Where(c => c.TenderId == tender.Id).OrderBy(c => c.LotNumber).ToListAsync(cancellationToken);
        var signedAt = ends.AddDays(2);
        using (DemoTime.At(signedAt))
        {
            foreach (var contract in contracts)
            {
                var signedOn = DateOnly.FromDateTime(signedAt.UtcDateTime);
                var document = SignedContractPdf($"Contract for {tender.Title}, lot {contract.LotNumber}, between {story.AgencyIdentifier} and {contract.SupplierName}, signed {signedOn:d MMMM yyyy}.");
                DemoAwarding.Check(await signatures.HandleAsync(new RecordContractSignature(
                    officer, tender.Id, contract.Id, signedOn, signedOn.AddDays(14), signedOn.AddDays(14).AddYears(2),
                    $"{tender.Reference}-lot-{contract.LotNumber}-signed.pdf", document), cancellationToken), tender);
            }
        }
    }

    /// <summary>A minimal one-page PDF 1.4 with one line of text, with a correct cross-reference table.</summary>
    internal static byte[] SignedContractPdf(string line)
    {
        var text = line.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);
        var stream = $"BT /F1 11 Tf 50 780 Td ({text}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {Encoding.ASCII.GetByteCount(stream)} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Encoding.ASCII.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
