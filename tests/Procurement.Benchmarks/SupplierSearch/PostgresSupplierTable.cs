using Npgsql;
using NpgsqlTypes;
using Procurement.Application.Search.Ports;

namespace Procurement.Benchmarks.SupplierSearch;

/// <summary>The same suppliers in a PostgreSQL table with a weighted tsvector, loaded by binary COPY.</summary>
internal static class PostgresSupplierTable
{
    private const string CreateTable = """
        CREATE TABLE suppliers (
            id uuid PRIMARY KEY,
            name text NOT NULL,
            description text NOT NULL,
            cpv_labels text NOT NULL,
            region text NOT NULL,
            size text NOT NULL,
            status text NOT NULL,
            cpv text[] NOT NULL,
            division text[] NOT NULL,
            document tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('english', name), 'A')
                || setweight(to_tsvector('english', description), 'B')
                || setweight(to_tsvector('english', cpv_labels), 'C')) STORED)
        """;

    // Built after the load, which is faster than maintaining them row by row.
    private const string CreateIndexes = """
        CREATE INDEX suppliers_document ON suppliers USING gin (document);
        CREATE INDEX suppliers_cpv ON suppliers USING gin (cpv);
        CREATE INDEX suppliers_region ON suppliers (region);
        CREATE INDEX suppliers_status ON suppliers (status);
        CREATE INDEX suppliers_size ON suppliers (size);
        ANALYZE suppliers;
        """;

    public static async Task CreateAndLoadAsync(NpgsqlConnection connection, IReadOnlyList<SupplierDocument> suppliers)
    {
        await using (var create = new NpgsqlCommand(CreateTable, connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY suppliers (id, name, description, cpv_labels, region, size, status, cpv, division) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var supplier in suppliers)
            {
                var digits = supplier.CpvCodes.Select(code => code[..8]).ToArray();
                await writer.StartRowAsync();
                await writer.WriteAsync(supplier.Id, NpgsqlDbType.Uuid);
                await writer.WriteAsync(supplier.LegalName, NpgsqlDbType.Text);
                await writer.WriteAsync(supplier.Description, NpgsqlDbType.Text);
                await writer.WriteAsync(string.Join(". ", supplier.CpvLabels), NpgsqlDbType.Text);
                await writer.WriteAsync(supplier.Region, NpgsqlDbType.Text);
                await writer.WriteAsync(supplier.Size.ToString(), NpgsqlDbType.Text);
                await writer.WriteAsync(supplier.Status.ToString(), NpgsqlDbType.Text);
                // Every 2- to 8-digit prefix, as the Lucene adapter indexes them, so a prefix filter is an array overlap.
                var prefixes = digits.SelectMany(code => Enumerable.Range(2, 7).Select(length => code[..length])).Distinct(StringComparer.Ordinal).ToArray();
                await writer.WriteAsync(prefixes, NpgsqlDbType.Array | NpgsqlDbType.Text);
                await writer.WriteAsync(digits.Select(code => code[..2]).Distinct(StringComparer.Ordinal).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
            }

            await writer.CompleteAsync();
        }

        await using var index = new NpgsqlCommand(CreateIndexes, connection) { CommandTimeout = 0 };
        await index.ExecuteNonQueryAsync();
    }
}
