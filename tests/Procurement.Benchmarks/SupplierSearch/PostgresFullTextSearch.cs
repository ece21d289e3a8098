using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;

namespace Procurement.Benchmarks.SupplierSearch;

/// <summary>
/// The query mix as PostgreSQL full-text search: the page of 20 by ts_rank, the total and the three facets in one
/// statement, one round trip. The user's text is always a parameter; only fixed SQL fragments are concatenated.
/// </summary>
internal static partial class PostgresFullTextSearch
{
    private const string Template = """
        WITH matched AS MATERIALIZED (
            SELECT id, name, region, size, division, ts_rank(document, query) AS rank
            FROM suppliers, {0}('english', @text) AS query
            WHERE document @@ query AND status = ANY(@statuses){1}
        ),
        page AS (SELECT id, rank, name FROM matched ORDER BY rank DESC, name LIMIT 20)
        SELECT 'hit' AS kind, id::text AS value, row_number() OVER (ORDER BY rank DESC, name) AS number FROM page
        UNION ALL SELECT 'total', NULL, count(*) FROM matched
        UNION ALL SELECT 'division', d, count(*) FROM matched, unnest(division) AS d GROUP BY d
        UNION ALL SELECT 'region', region, count(*) FROM matched GROUP BY region
        UNION ALL SELECT 'size', size, count(*) FROM matched GROUP BY size
        """;

    private static readonly CompositeFormat _template = CompositeFormat.Parse(Template);
    private static readonly string[] _publicStatuses = ["Verified"];

    /// <summary>Runs one query; returns the total number of matching suppliers.</summary>
    public static async Task<long> SearchAsync(NpgsqlConnection connection, BenchmarkQuery query)
    {
        var filters = new StringBuilder();
        await using var command = new NpgsqlCommand { Connection = connection };
        // Search-as-you-type: to_tsquery with :* on the last word, from sanitised words only. Everything else:
        // websearch_to_tsquery, which accepts any text without a syntax error.
        var isPrefix = query.Kind == QueryKind.Prefix;
        command.Parameters.AddWithValue("text", isPrefix ? PrefixTsQuery(query.Text) : query.Text);
        command.Parameters.AddWithValue("statuses", _publicStatuses);
        if (query.CpvPrefixes.Count > 0)
        {
            filters.Append(" AND cpv && @cpv");
            command.Parameters.AddWithValue("cpv", query.CpvPrefixes.ToArray());
        }

        if (query.Regions.Count > 0)
        {
            filters.Append(" AND region = ANY(@regions)");
            command.Parameters.AddWithValue("regions", query.Regions.ToArray());
        }

        if (query.Sizes.Count > 0)
        {
            filters.Append(" AND size = ANY(@sizes)");
            command.Parameters.AddWithValue("sizes", query.Sizes.Select(size => size.ToString()).ToArray());
        }

        command.CommandText = string.Format(CultureInfo.InvariantCulture, _template, isPrefix ? "to_tsquery" : "websearch_to_tsquery", filters);
        long total = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (reader.GetString(0) == "total")
            {
                total = reader.GetInt64(2);
            }
        }

        return total;
    }

    private static string PrefixTsQuery(string text)
    {
        var words = SafeWord().Matches(text.ToLowerInvariant()).Select(match => match.Value).ToArray();
        return words.Length == 0 ? string.Empty : string.Join(" & ", words) + ":*";
    }

    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex SafeWord();
}
