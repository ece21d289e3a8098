using System.Text.Json;
using Procurement.Application.Search.Ports;
using Procurement.Domain.Suppliers;
using Procurement.Infrastructure.Database;

namespace Procurement.Benchmarks.SupplierSearch;

/// <summary>Deterministic, realistic suppliers: the same seed always gives the same documents.</summary>
internal static class SupplierCorpus
{
    private const string CpvResource = "Procurement.Infrastructure.Reference.Data.cpv-2008-en.json";

    public static IReadOnlyList<SupplierDocument> Generate(int count, int seed = 2026)
    {
        var random = new Random(seed);
        var cpvLabels = LoadCpvLabels();
        var codesByTrade = SupplierTrades.All.Select(trade => CodesFor(trade, cpvLabels)).ToArray();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var suppliers = new List<SupplierDocument>(count);
        for (var i = 0; i < count; i++)
        {
            var tradeIndex = random.Next(SupplierTrades.All.Length);
            var trade = SupplierTrades.All[tradeIndex];
            var codes = PickCodes(random, codesByTrade[tradeIndex]);
            suppliers.Add(new SupplierDocument(
                NextGuid(random),
                UniqueName(random, trade, names),
                TradingName: null,
                Describe(random, trade),
                "GB",
                SupplierTrades.Regions[random.Next(SupplierTrades.Regions.Length)],
                PickSize(random),
                PickStatus(random),
                codes,
                codes.Select(code => cpvLabels[code]).ToList()));
        }

        return suppliers;
    }

    private static Dictionary<string, string> LoadCpvLabels()
    {
        using var stream = typeof(EmbeddedPostgresCluster).Assembly.GetManifestResourceStream(CpvResource)
            ?? throw new InvalidOperationException($"Resource {CpvResource} is missing from Procurement.Infrastructure.");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream) ?? throw new InvalidOperationException("Empty CPV list.");
    }

    private static string[] CodesFor(SupplierTrade trade, Dictionary<string, string> cpvLabels)
    {
        var codes = cpvLabels.Keys.Where(code => trade.CpvGroups.Any(group => code.StartsWith(group, StringComparison.Ordinal))).Order(StringComparer.Ordinal).ToArray();
        return codes.Length > 0 ? codes : throw new InvalidOperationException($"No CPV code under {string.Join(", ", trade.CpvGroups)}.");
    }

    private static List<string> PickCodes(Random random, string[] codes)
    {
        var wanted = Math.Min(random.Next(1, 5), codes.Length);
        var picked = new SortedSet<string>(StringComparer.Ordinal);
        while (picked.Count < wanted)
        {
            picked.Add(codes[random.Next(codes.Length)]);
        }

        return [.. picked];
    }

    private static string UniqueName(Random random, SupplierTrade trade, HashSet<string> taken)
    {
        var place = SupplierTrades.Places[random.Next(SupplierTrades.Places.Length)] + SupplierTrades.PlaceSuffixes[random.Next(SupplierTrades.PlaceSuffixes.Length)];
        var tradeWord = trade.NameWords[random.Next(trade.NameWords.Length)];
        var legalForm = SupplierTrades.LegalForms[random.Next(SupplierTrades.LegalForms.Length)];
        var name = $"{place} {tradeWord} {legalForm}";
        for (var number = 2; !taken.Add(name); number++)
        {
            name = $"{place} {tradeWord} {number} {legalForm}";
        }

        return name;
    }

    private static string Describe(Random random, SupplierTrade trade)
    {
        var sentences = random.Next(1, trade.Fragments.Length + 1);
        return string.Join(' ', random.GetItems(trade.Fragments, trade.Fragments.Length).Distinct().Take(sentences));
    }

    private static Guid NextGuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static SupplierSize PickSize(Random random) => random.NextDouble() switch
    {
        < 0.60 => SupplierSize.Micro,
        < 0.85 => SupplierSize.Small,
        < 0.95 => SupplierSize.Medium,
        _ => SupplierSize.Large,
    };

    private static VerificationStatus PickStatus(Random random) => random.NextDouble() switch
    {
        < 0.90 => VerificationStatus.Verified,
        < 0.95 => VerificationStatus.PendingVerification,
        < 0.98 => VerificationStatus.Unverified,
        _ => VerificationStatus.Suspended,
    };
}
