using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Procurement.Application.Catalog.Ports;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Procurement.Search.Lucene;

/// <summary>
/// The embedded catalog search: its own Lucene index (BM25), beside the supplier index, with a single writer and
/// near-real-time readers; every write is committed and visible when the call returns.
/// </summary>
public sealed class LuceneCatalogSearch : ICatalogSearch, IDisposable
{
    private const string Layout = "catalog-1";

    private static readonly SortField _nameOrder = new(CatalogFields.NameSort, SortFieldType.STRING);
    private static readonly SortField _idOrder = new(CatalogFields.Id, SortFieldType.STRING);
    private static readonly SortField _priceOrder = new(CatalogFields.PriceSort, SortFieldType.INT64);
    private static readonly SortField _leadOrder = new(CatalogFields.LeadSort, SortFieldType.INT64);

    private readonly Analyzer _analyzer = new SupplierTextAnalyzer(stem: true);
    private readonly LuceneIndex _index;

    /// <summary>Opens (or creates) the index in a folder, e.g. <c>.data/search/catalog</c>.</summary>
    public LuceneCatalogSearch(string indexPath)
        : this(FSDirectory.Open(indexPath), ownsDirectory: true)
    {
    }

    /// <summary>Uses an index directory the caller owns and disposes, such as a <see cref="RAMDirectory"/> in tests.</summary>
    public LuceneCatalogSearch(LuceneDirectory directory)
        : this(directory, ownsDirectory: false)
    {
    }

    private LuceneCatalogSearch(LuceneDirectory directory, bool ownsDirectory)
    {
        _index = new LuceneIndex(directory, ownsDirectory, _analyzer, Layout);
    }

    public Task<CatalogSearchResult> SearchAsync(CatalogQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        var pageSize = Math.Clamp(query.PageSize, 1, CatalogQuery.MaxPageSize);
        var skip = (Math.Max(query.Page, 1) - 1L) * pageSize;
        var hasText = !string.IsNullOrWhiteSpace(query.Text);
        var sort = query.Sort switch
        {
            CatalogSort.PriceAscending => new Sort(_priceOrder, _nameOrder, _idOrder),
            CatalogSort.LeadTime => new Sort(_leadOrder, _priceOrder, _idOrder),
            _ when hasText => new Sort(SortField.FIELD_SCORE, _nameOrder, _idOrder),
            _ => new Sort(_nameOrder, _idOrder),
        };
        return _index.Read(searcher =>
        {
            var wanted = (int)Math.Clamp(skip + pageSize, 1, Math.Max(1, searcher.IndexReader.MaxDoc));
            var top = TopFieldCollector.Create(sort, wanted, fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: false);
            var facets = new FacetCountingCollector(CatalogFields.DivisionFacet, CatalogFields.SupplierFacet);
            FilteredSearch.Run(searcher, CatalogQueryBuilder.Build(_analyzer, query), filter: null, MultiCollector.Wrap(top, facets));
            var page = skip >= top.TotalHits ? [] : top.GetTopDocs((int)skip, pageSize).ScoreDocs;
            var items = page.Select(hit => CatalogFields.ReadHit(searcher.Doc(hit.Doc))).ToList();
            var result = new CatalogFacets(
                [.. facets.CountsFor(CatalogFields.DivisionFacet).Select(f => new CatalogFacet(f.Value, f.Value, f.Count))],
                [.. facets.CountsFor(CatalogFields.SupplierFacet).Select(f => CatalogFields.SupplierFacetOf(f.Value, f.Count))]);
            return Task.FromResult(new CatalogSearchResult(top.TotalHits, items, result));
        });
    }

    public Task UpsertAsync(IReadOnlyCollection<CatalogItemDocument> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var documents = items.Select(item => (Id: new Term(CatalogFields.Id, CatalogFields.IdTerm(item.Id)), Document: CatalogFields.ToLucene(item))).ToList();
        return _index.WriteAsync(writer => documents.ForEach(d => writer.UpdateDocument(d.Id, d.Document)), cancellationToken);
    }

    public Task RemoveAsync(IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        var terms = itemIds.Select(id => new Term(CatalogFields.Id, CatalogFields.IdTerm(id))).ToArray();
        return _index.WriteAsync(writer => writer.DeleteDocuments(terms), cancellationToken);
    }

    public Task ClearAsync(CancellationToken cancellationToken) => _index.WriteAsync(writer => writer.DeleteAll(), cancellationToken);

    public void Dispose()
    {
        _index.Dispose();
        _analyzer.Dispose();
    }
}
