using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Procurement.Application.Awards.Ports;
using Procurement.Application.Tenders.Ports;
using Procurement.Web.Features.Shared.Formats;

namespace Procurement.Web.Features.Transparency;

/// <summary>The public contracts of final awards, their signed documents, and the list as CSV.</summary>
[AllowAnonymous]
public sealed class ContractsController(IAwardCatalog awards) : Controller
{
    public const int PageSize = 20;
    private const int CsvBatch = 100;

    [HttpGet("/contracts")]
    public async Task<IActionResult> Index([FromQuery(Name = "agency")] Guid? agency, [FromQuery(Name = "page")] int page, [FromServices] ITenderCatalog tenders, CancellationToken cancellationToken)
    {
        var contracts = await awards.ContractsAsync(new ContractFilter(agency, Page: Math.Max(1, page), PageSize: PageSize), cancellationToken);
        return View("Contracts", new ContractListPage(agency, contracts, await tenders.AgenciesAsync(cancellationToken)));
    }

    [HttpGet("/contracts/{contractId:guid}/document")]
    public async Task<IActionResult> Document(Guid contractId, CancellationToken cancellationToken) =>
        await awards.SignedContractAsync(contractId, cancellationToken) is { } file ? File(file.Content, file.ContentType, file.FileName) : NotFound();

    [HttpGet("/contracts.csv")]
    public IActionResult Csv([FromQuery(Name = "agency")] Guid? agency, CancellationToken cancellationToken) =>
        new CsvDownload("contracts.csv", csv => TransparencyCsv.WriteContractsAsync(csv, AllAsync(agency, cancellationToken)));

    private async IAsyncEnumerable<ContractSummary> AllAsync(Guid? agency, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var page = 1; ; page++)
        {
            var batch = await awards.ContractsAsync(new ContractFilter(agency, Page: page, PageSize: CsvBatch), cancellationToken);
            foreach (var contract in batch.Contracts)
            {
                yield return contract;
            }

            if (batch.Contracts.Count < CsvBatch)
            {
                yield break;
            }
        }
    }
}

public sealed record ContractListPage(Guid? Agency, ContractList Result, IReadOnlyList<AgencyOption> Agencies)
{
    public string ForPage(int page) => Agency is { } agency ? $"/contracts?agency={agency}&page={page}" : $"/contracts?page={page}";
}
