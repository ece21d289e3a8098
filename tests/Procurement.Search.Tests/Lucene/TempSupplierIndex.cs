using Procurement.Application.Search.Ports;
using Procurement.Domain.Suppliers;
using Procurement.Search.Lucene;

namespace Procurement.Search.Tests.Lucene;

/// <summary>A Lucene supplier index in its own temporary folder, deleted when the test ends.</summary>
internal sealed class TempSupplierIndex : IAsyncDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "procurement-lucene-tests", Guid.NewGuid().ToString("N"));

    private TempSupplierIndex() => Search = new LuceneSupplierSearch(_path);

    public LuceneSupplierSearch Search { get; }

    public static IReadOnlyList<VerificationStatus> AnyStatus { get; } = [];

    public static async Task<TempSupplierIndex> WithAsync(IReadOnlyCollection<SupplierDocument> suppliers)
    {
        var index = new TempSupplierIndex();
        await index.Search.UpsertAsync(suppliers, CancellationToken.None);
        return index;
    }

    public static Task<TempSupplierIndex> WithFixturesAsync() => WithAsync([.. SupplierFixtures.All]);

    /// <summary>A query over every supplier whatever its status, as an administrator would search.</summary>
    public static SupplierQuery Admin(string? text = null) => new(text, [], [], [], AnyStatus);

    public async Task<IReadOnlyList<Guid>> IdsAsync(SupplierQuery query) =>
        (await Search.SearchAsync(query, CancellationToken.None)).Items.Select(hit => hit.Id).ToList();

    public ValueTask DisposeAsync()
    {
        Search.Dispose();
        Directory.Delete(_path, recursive: true);
        return ValueTask.CompletedTask;
    }
}
