using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Procurement.Search.Lucene;

/// <summary>
/// Runs a query segment by segment with the filter's bits as the documents it may match. Lucene.Net's
/// <see cref="FilteredQuery"/> strategies all score in document order; handing the filter to the weight's bulk
/// scorer instead lets a query of alternatives (one word: exact, prefix, typos) use Lucene's bucket scorer, which
/// is much faster when a hundred thousand suppliers match.
/// </summary>
internal static class FilteredSearch
{
    /// <param name="filter">A filter whose doc id sets offer random access (as <see cref="SupplierFilterCache"/>'s do); null for none.</param>
    public static void Run(IndexSearcher searcher, Query query, Filter? filter, ICollector collector)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        foreach (var segment in searcher.IndexReader.Leaves)
        {
            var liveDocs = segment.AtomicReader.LiveDocs;
            IBits? accepted = liveDocs;
            if (filter is not null)
            {
                var passing = filter.GetDocIdSet(segment, liveDocs);
                if (passing is null)
                {
                    // Nothing in this segment passes the filter.
                    continue;
                }

                accepted = passing.Bits ?? throw new InvalidOperationException("The filter must offer random access; build it through SupplierFilterCache.");
            }

            collector.SetNextReader(segment);
            weight.GetBulkScorer(segment, !collector.AcceptsDocsOutOfOrder, accepted)?.Score(collector);
        }
    }
}
