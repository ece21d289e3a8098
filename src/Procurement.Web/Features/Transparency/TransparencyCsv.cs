using Procurement.Application.Awards.Ports;
using Procurement.Domain.Awards;
using Procurement.Web.Features.Shared.Formats;

namespace Procurement.Web.Features.Transparency;

/// <summary>The open-data CSV files: their columns, documented in docs/open-data.md, and one row per lot or contract.</summary>
public static class TransparencyCsv
{
    public static async Task WriteNoticesAsync(CsvWriter csv, IAsyncEnumerable<AwardNoticeRow> rows)
    {
        await csv.WriteRowAsync(
            "tender_reference", "ocid", "title", "agency", "notice_published_at", "lot_number", "lot_title", "cpv_code",
            "outcome", "supplier", "supplier_is_sme", "awarded_value", "currency", "bids_received", "unsuccessful_reason");
        await foreach (var row in rows)
        {
            await csv.WriteRowAsync(
                row.TenderReference, row.Ocid, row.Title, row.AgencyName, row.NoticePublishedAt, row.LotNumber, row.LotTitle, row.CpvCode,
                row.Outcome == LotOutcome.Awarded ? "awarded" : "unsuccessful", row.SupplierName, row.SupplierIsSme, row.Amount, row.Currency,
                row.BidsReceived, row.UnsuccessfulReason);
        }
    }

    public static async Task WriteContractsAsync(CsvWriter csv, IAsyncEnumerable<ContractSummary> contracts)
    {
        await csv.WriteRowAsync(
            "contract_id", "tender_reference", "tender_title", "lot_number", "lot_title", "supplier", "value", "currency",
            "created_at", "signed_on", "period_start", "period_end", "signed_document");
        await foreach (var contract in contracts)
        {
            await csv.WriteRowAsync(
                contract.ContractId.ToString(), contract.TenderReference, contract.TenderTitle, contract.LotNumber, contract.LotTitle,
                contract.SupplierName, contract.Amount, contract.Currency, contract.CreatedAt, contract.SignedOn, contract.PeriodStart,
                contract.PeriodEnd, contract.HasSignedDocument);
        }
    }
}
