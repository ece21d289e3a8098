using Lucene.Net.Index;
using Lucene.Net.Search;
using Procurement.Application.Search.Ports;

namespace Procurement.Search.Lucene;

/// <summary>
/// Counts the values of multi-valued doc-values fields over every matching document (not just the page shown),
/// segment by segment: ordinals are counted in an array, then turned into strings once per segment.
/// </summary>
internal sealed class FacetCountingCollector(params string[] fields) : ICollector
{
    private readonly Dictionary<string, long>[] _totals = fields.Select(_ => new Dictionary<string, long>(StringComparer.Ordinal)).ToArray();
    private readonly SegmentFacetValues?[] _segmentValues = new SegmentFacetValues?[fields.Length];
    private readonly int[][] _segmentCounts = new int[fields.Length][];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        for (var i = 0; i < fields.Length; i++)
        {
            var values = SegmentFacetValues.For(context.AtomicReader, fields[i]);
            _segmentValues[i] = values;
            _segmentCounts[i] = new int[values.Labels.Length];
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _segmentValues.Length; i++)
        {
            var values = _segmentValues[i]!;
            var counts = _segmentCounts[i];
            var ordinals = values.Ordinals;
            for (var at = values.Starts[doc]; at < values.Starts[doc + 1]; at++)
            {
                counts[ordinals[at]]++;
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
        for (var i = 0; i < fields.Length; i++)
        {
            var values = _segmentValues[i];
            if (values is null)
            {
                continue;
            }

            var counts = _segmentCounts[i];
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] > 0)
                {
                    var label = values.Labels[ord];
                    _totals[i][label] = _totals[i].GetValueOrDefault(label) + counts[ord];
                }
            }

            _segmentValues[i] = null;
        }
    }
}
