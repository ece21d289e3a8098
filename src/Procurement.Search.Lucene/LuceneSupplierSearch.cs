using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Procurement.Application.Search.Ports;
using Procurement.Domain.Suppliers;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Procurement.Search.Lucene;

/// <summary>
/// The embedded supplier search: one Lucene index (BM25) with a single writer and near-real-time readers. Every
/// write is committed and the readers refreshed before the call returns, so a change is visible at once.
/// </summary>
public sealed class LuceneSupplierSearch : ISupplierSearch, IDisposable
{
    private const int MaxSuggestionWords = 8;

    // Raised whenever SupplierFields changes what is indexed: an index written by an older version is emptied when
    // opened, and the start-up check then rebuilds it from the database.
    private const string Layout = "3";

    private static readonly SortField _nameOrder = new(SupplierFields.NameSort, new InMemoryOrdinalComparerSource());
    private static readonly SortField _idOrder = new(SupplierFields.Id, SortFieldType.STRING);
    private static readonly Sort _byName = new(_nameOrder, _idOrder);
    private static readonly Sort _byRelevance = new(SortField.FIELD_SCORE, _nameOrder, _idOrder);

    private readonly Analyzer _analyzer = SupplierFields.CreateAnalyzer();
    private readonly LuceneIndex _index;
    private readonly SupplierFilterCache _filters = new();

    /// <summary>Opens (or creates) the index in a folder, e.g. <c>.data/search/suppliers</c>.</summary>
    public LuceneSupplierSearch(string indexPath)
        : this(FSDirectory.Open(indexPath), ownsDirectory: true)
    {
    }

    /// <summary>Uses an index directory the caller owns and disposes, such as a <see cref="RAMDirectory"/> in tests.</summary>
    public LuceneSupplierSearch(LuceneDirectory directory)
        : this(directory, ownsDirectory: false)
    {
    }

    private LuceneSupplierSearch(LuceneDirectory directory, bool ownsDirectory)
    {
        _index = new LuceneIndex(directory, ownsDirectory, _analyzer, Layout);
    }

    public Task<SupplierSearchResult> SearchAsync(SupplierQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        var filter = SupplierQueryBuilder.Filter(_filters, query.CpvPrefixes, query.Regions, query.Sizes, query.Statuses);
        var pageSize = Math.Clamp(query.PageSize, 1, SupplierQuery.MaxPageSize);
        var skip = (Math.Max(query.Page, 1) - 1L) * pageSize;
        return _index.Read(searcher =>
        {
            var terms = SupplierQueryBuilder.Terms(_analyzer, searcher.IndexReader, query.Text);
            var sort = terms.Count > 0 && query.Sort == SupplierSort.Relevance ? _byRelevance : _byName;
            // Never ask for more hits than there are documents, however far the page number goes.
            var wanted = (int)Math.Clamp(skip + pageSize, 1, Math.Max(1, searcher.IndexReader.MaxDoc));
            var top = TopFieldCollector.Create(sort, wanted, fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: false);
            var facets = new FacetCountingCollector(SupplierFields.Facets);
            FilteredSearch.Run(searcher, SupplierQueryBuilder.ForText(terms), filter, MultiCollector.Wrap(top, facets));

            var page = skip >= top.TotalHits ? [] : top.GetTopDocs((int)skip, pageSize).ScoreDocs;
            var matches = SupplierHighlighter.Matcher(terms);
            var items = SupplierDisplay.Read(searcher, page).Select(supplier => ToHit(supplier, terms, matches)).ToList();
            var facetCounts = new SupplierFacets(
                facets.CountsFor(SupplierFields.Division), facets.CountsFor(SupplierFields.Region), facets.CountsFor(SupplierFields.Size));
            return Task.FromResult(new SupplierSearchResult(top.TotalHits, items, facetCounts));
        });
    }

    public Task<IReadOnlyList<SupplierSuggestion>> SuggestAsync(
        string prefix, IReadOnlyList<VerificationStatus> statuses, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        cancellationToken.ThrowIfCancellationRequested();
        var words = _analyzer.Tokenize(SupplierFields.NameWords, prefix ?? string.Empty).Select(token => token.Term).Take(MaxSuggestionWords).ToList();
        if (words.Count == 0 || limit < 1)
        {
            return Task.FromResult<IReadOnlyList<SupplierSuggestion>>([]);
        }

        var filter = SupplierQueryBuilder.Filter(_filters, [], [], [], statuses);
        return _index.Read(searcher =>
        {
            var hits = searcher.Search(SupplierQueryBuilder.NameStartsWith(words), filter, Math.Min(limit, SupplierQuery.MaxPageSize), _byName);
            IReadOnlyList<SupplierSuggestion> suggestions = SupplierDisplay.Read(searcher, hits.ScoreDocs)
                .Select(supplier => new SupplierSuggestion(supplier.Id, supplier.Name))
                .ToList();
            return Task.FromResult(suggestions);
        });
    }

    public async Task UpsertAsync(IReadOnlyCollection<SupplierDocument> suppliers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(suppliers);
        // Mapped before writing anything, so a bad CPV code rejects the batch instead of half-writing it.
        var documents = suppliers
            .Select(supplier => (Id: new Term(SupplierFields.Id, SupplierFields.IdTerm(supplier.Id)), Document: SupplierFields.ToLucene(supplier)))
            .ToList();
        await _index.WriteAsync(
            writer =>
            {
                foreach (var (id, document) in documents)
                {
                    writer.UpdateDocument(id, document);
                }
            },
            cancellationToken);
    }

    public Task RemoveAsync(IReadOnlyCollection<Guid> supplierIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(supplierIds);
        var terms = supplierIds.Select(id => new Term(SupplierFields.Id, SupplierFields.IdTerm(id))).ToArray();
        return _index.WriteAsync(writer => writer.DeleteDocuments(terms), cancellationToken);
    }

    public Task ClearAsync(CancellationToken cancellationToken) => _index.WriteAsync(writer => writer.DeleteAll(), cancellationToken);

    public void Dispose()
    {
        _index.Dispose();
        _analyzer.Dispose();
    }

    private SupplierHit ToHit(SupplierDisplay supplier, IReadOnlyList<QueryTerm> terms, Func<AnalyzedWord, bool> matches)
    {
        var highlight = SupplierHighlighter.Highlight(_analyzer, terms, matches, supplier.Name, supplier.Description);
        return new SupplierHit(supplier.Id, supplier.Name, supplier.Region, supplier.CpvCodes, highlight);
    }
}
