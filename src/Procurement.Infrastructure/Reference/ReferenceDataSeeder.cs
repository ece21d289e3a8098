using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Reference;

/// <summary>Loads the CPV 2008 vocabulary and UN/CEFACT units shipped in <c>Reference/Data</c>; safe to run on every start.</summary>
public sealed class ReferenceDataSeeder(ProcurementDbContext db)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var cpv = await ReadAsync<Dictionary<string, string>>("cpv-2008-en.json", cancellationToken);
        if (await db.CpvCodes.CountAsync(cancellationToken) != cpv.Count)
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                INSERT INTO cpv_codes (code, label) SELECT * FROM unnest({cpv.Keys.ToArray()}, {cpv.Values.ToArray()})
                ON CONFLICT (code) DO UPDATE SET label = excluded.label
                """,
                cancellationToken);
        }

        var units = await ReadAsync<Dictionary<string, UnitEntry>>("unit-codes-en.json", cancellationToken);
        if (await db.UnitsOfMeasure.CountAsync(cancellationToken) != units.Count)
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                INSERT INTO units_of_measure (code, name, symbol)
                SELECT * FROM unnest({units.Keys.ToArray()}, {units.Values.Select(u => u.Name.Trim()).ToArray()}, {units.Values.Select(u => u.Symbol).ToArray()})
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, symbol = excluded.symbol
                """,
                cancellationToken);
        }
    }

    private static async Task<T> ReadAsync<T>(string file, CancellationToken cancellationToken)
    {
        var name = $"{typeof(ReferenceDataSeeder).Namespace}.Data.{file}";
        await using var stream = typeof(ReferenceDataSeeder).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded reference data {name} is missing from the build.");
        return await JsonSerializer.DeserializeAsync<T>(stream, cancellationToken: cancellationToken)
            ?? throw new InvalidOperationException($"Reference data {file} is empty.");
    }

    private sealed record UnitEntry(
        [property: System.Text.Json.Serialization.JsonPropertyName("name_en")] string Name,
        [property: System.Text.Json.Serialization.JsonPropertyName("symbol_en")] string Symbol);
}
