using System.Text;
using Procurement.Application.Catalog.Ports;
using Procurement.Domain;
using Procurement.Domain.Catalog;

namespace Procurement.Application.Catalog;

/// <summary>A verified supplier uploads a CSV of items; it is checked and written in the background.</summary>
public sealed record QueueCatalogImport(CatalogActor Actor, string? FileName, byte[] Content);

public sealed class QueueCatalogImportHandler(ICatalogRepository catalog, ICatalogImports imports, TimeProvider clock)
{
    public async Task<CatalogChange> HandleAsync(QueueCatalogImport command, CancellationToken cancellationToken)
    {
        if (await SaveCatalogItemHandler.SupplierRefusalAsync(catalog, command.Actor, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        if (command.Content.Length == 0)
        {
            return CatalogChange.Refused(Guid.Empty, [new FieldError("File", "Choose a CSV file to import.")]);
        }

        if (command.Content.Length > CatalogImport.MaxBytes)
        {
            return CatalogChange.Refused(Guid.Empty, [new FieldError("File", $"The file is larger than {CatalogImport.MaxMegabytes} MB; split it in several imports.")]);
        }

        var import = new CatalogImport(command.Actor.SupplierId!.Value, Path.GetFileName(command.FileName ?? "catalog.csv"), command.Actor.UserId, clock.GetUtcNow());
        await imports.QueueAsync(import, command.Content, cancellationToken);
        return CatalogChange.Done(import.Id);
    }
}

/// <summary>
/// Runs one queued import: reads the CSV, checks every row (shape, CPV codes and units against the reference data,
/// SKUs repeated in the file), then writes every valid row in ONE transaction with the import's outcome and one audit
/// event: an existing item with the row's SKU is updated, otherwise one is created. Invalid rows are reported by row
/// number and column and never written; if the write fails, nothing is.
/// </summary>
public sealed class RunCatalogImportHandler(ICatalogRepository catalog, ICatalogImports imports, TimeProvider clock)
{
    private const int ProgressEvery = 1_000;

    public async Task HandleAsync(Guid importId, CancellationToken cancellationToken)
    {
        var import = await imports.FindAsync(importId, cancellationToken);
        if (import is null || import.IsFinished)
        {
            return;
        }

        var rows = await ReadAsync(import, cancellationToken);
        if (rows is null)
        {
            return;
        }

        import.Start(rows.Count, clock.GetUtcNow());
        await imports.SaveProgressAsync(import, cancellationToken);
        if (await catalog.SupplierAsync(import.SupplierId, cancellationToken) is not { IsVerified: true })
        {
            import.Fail("Only a verified supplier can import catalog items.", [], clock.GetUtcNow());
            await imports.SaveProgressAsync(import, cancellationToken);
            return;
        }

        var errors = new List<CatalogImportRowError>();
        var valid = new List<CatalogImportRow>();
        for (var i = 0; i < rows.Count; i++)
        {
            var rowErrors = rows[i].Problems().ToList();
            errors.AddRange(rowErrors);
            if (rowErrors.Count == 0)
            {
                valid.Add(rows[i]);
            }

            if ((i + 1) % ProgressEvery == 0)
            {
                import.Progress(i + 1);
                await imports.SaveProgressAsync(import, cancellationToken);
            }
        }

        valid = await WithoutReferenceProblemsAsync(valid, errors, cancellationToken);
        var (created, updated) = await ApplyAsync(import, valid, errors, cancellationToken);
        var now = clock.GetUtcNow();
        import.Complete(created, updated, [.. errors.OrderBy(e => e.Row)], now);
        catalog.Record(new CatalogEvent(CatalogEventKind.ItemsImported, import.SupplierId,
            $"import {import.Id:D} of {import.FileName}: {created} created, {updated} updated, {import.InvalidRowCount} rows refused", import.RequestedBy, now));
        await catalog.SaveAsync(cancellationToken);
    }

    private async Task<List<CatalogImportRow>?> ReadAsync(CatalogImport import, CancellationToken cancellationToken)
    {
        var content = await imports.FileAsync(import.Id, cancellationToken) ?? [];
        try
        {
            var records = CsvRecords.Parse(new UTF8Encoding(false, true).GetString(content));
            var rows = CatalogImportRow.FromRecords(records);
            if (rows.Count > CatalogImport.MaxRows)
            {
                throw new FormatException($"The file has {rows.Count:N0} rows; import at most {CatalogImport.MaxRows:N0} at a time.");
            }

            return rows;
        }
        catch (Exception unreadable) when (unreadable is FormatException or DecoderFallbackException)
        {
            var reason = unreadable is DecoderFallbackException ? "The file is not UTF-8 text; save it as \"CSV UTF-8\" and try again." : unreadable.Message;
            import.Fail(reason, [], clock.GetUtcNow());
            await imports.SaveProgressAsync(import, cancellationToken);
            return null;
        }
    }

    private async Task<List<CatalogImportRow>> WithoutReferenceProblemsAsync(List<CatalogImportRow> rows, List<CatalogImportRowError> errors, CancellationToken cancellationToken)
    {
        var unknownCpv = await catalog.UnknownCpvCodesAsync([.. rows.Select(r => r.Details.CpvCode!.Trim()).Distinct()], cancellationToken);
        var unknownUnits = await catalog.UnknownUnitCodesAsync([.. rows.Select(r => r.Details.UnitCode!.Trim().ToUpperInvariant()).Distinct()], cancellationToken);
        var firstRowOfSku = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = new List<CatalogImportRow>();
        foreach (var row in rows)
        {
            var rowErrors = new List<CatalogImportRowError>();
            if (unknownCpv.Contains(row.Details.CpvCode!.Trim()))
            {
                rowErrors.Add(new(row.Row, "cpv_code", $"{row.Details.CpvCode.Trim()} is not in the CPV 2008 vocabulary."));
            }

            if (unknownUnits.Contains(row.Details.UnitCode!.Trim().ToUpperInvariant()))
            {
                rowErrors.Add(new(row.Row, "unit_code", $"{row.Details.UnitCode.Trim()} is not a unit offered (use a UN/CEFACT code such as H87, BX or RM)."));
            }

            var sku = row.Details.Sku!.Trim();
            if (firstRowOfSku.TryGetValue(sku, out var first))
            {
                rowErrors.Add(new(row.Row, "sku", $"The SKU {sku} is already on row {first}; each SKU once per file."));
            }
            else
            {
                firstRowOfSku[sku] = row.Row;
            }

            errors.AddRange(rowErrors);
            if (rowErrors.Count == 0)
            {
                kept.Add(row);
            }
        }

        return kept;
    }

    private async Task<(int Created, int Updated)> ApplyAsync(CatalogImport import, List<CatalogImportRow> rows, List<CatalogImportRowError> errors, CancellationToken cancellationToken)
    {
        var existing = (await catalog.FindItemsBySkuAsync(import.SupplierId, [.. rows.Select(r => r.Details.Sku!.Trim())], cancellationToken))
            .ToDictionary(item => item.Sku, StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        int created = 0, updated = 0;
        foreach (var row in rows)
        {
            if (!existing.TryGetValue(row.Details.Sku!.Trim(), out var item))
            {
                var (fresh, _) = CatalogItem.Create(import.SupplierId, row.Details, row.Status != CatalogItemStatus.Draft, import.RequestedBy, now);
                if (row.Status == CatalogItemStatus.Withdrawn)
                {
                    fresh.Withdraw(import.RequestedBy, now);
                }

                catalog.Add(fresh);
                created++;
                continue;
            }

            if (row.Status == CatalogItemStatus.Draft && item.Status != CatalogItemStatus.Draft)
            {
                errors.Add(new(row.Row, "status", $"The item {item.Sku} is already {item.Status}; it cannot go back to Draft."));
                continue;
            }

            item.Edit(row.Details, import.RequestedBy, now);
            if (row.Status != item.Status && row.Status == CatalogItemStatus.Active)
            {
                item.Activate(import.RequestedBy, now);
            }
            else if (row.Status != item.Status && row.Status == CatalogItemStatus.Withdrawn)
            {
                item.Withdraw(import.RequestedBy, now);
            }

            updated++;
        }

        return (created, updated);
    }
}
