using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Procurement.Application.Search.Ports;

namespace Procurement.Search.Lucene;

/// <summary>
/// Counts the values of multi-valued doc-values fields over every matching document (not just the page shown),
/// segment by segment: ordinals are counted in an array, then turned into strings once per segment.
/// </summary>
internal sealed class FacetCountingCollector(params string[] fields) : ICollector
{
    private readonly Dictionary<string, long>[] _totals = fields.Select(_ => new Dictionary<string, long>(StringComparer.Ordinal)).ToArray();
    private readonly SortedSetDocValues?[] _segmentValues = new SortedSetDocValues?[fields.Length];
    private readonly long[][] _segmentCounts = new long[fields.Length][];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        for (var i = 0; i < fields.Length; i++)
        {
            var values = context.AtomicReader.GetSortedSetDocValues(fields[i]);
            _segmentValues[i] = values;
            _segmentCounts[i] = new long[values?.ValueCount ?? 0];
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            var values = _segmentValues[i];
            if (values is null)
            {
                continue;
            }

            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            {
                _segmentCounts[i][ord]++;
            }
        }
    }

    /// <summary>The counts for one field, most frequent first, then by value.</summary>
    public IReadOnlyList<FacetCount> CountsFor(string field)
    {
        FlushSegment();
        var totals = _totals[Array.IndexOf(fields, field)];
        return totals.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new FacetCount(pair.Key, pair.Value)).ToList();
    }

    private void FlushSegment()
    {
        var scratch = new BytesRef();
        for (var i = 0; i < fields.Length; i++)
        {
            var values = _segmentValues[i];
            if (values is null)
            {
                continue;
            }

            for (var ord = 0; ord < _segmentCounts[i].Length; ord++)
            {
                if (_segmentCounts[i][ord] > 0)
                {
                    values.LookupOrd(ord, scratch);
                    var value = scratch.Utf8ToString();
                    _totals[i][value] = _totals[i].GetValueOrDefault(value) + _segmentCounts[i][ord];
                }
            }

            _segmentValues[i] = null;
        }
    }
}
