using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Procurement.Search.Lucene;

/// <summary>
/// One segment's values of a facet field as plain arrays: the values of document <c>d</c> are the ordinals
/// <c>Ordinals[Starts[d]..Starts[d + 1]]</c>, naming <c>Labels</c>. Counting a hit is then two array reads instead of
/// a doc-values lookup, which matters when a query matches a hundred thousand suppliers.
/// </summary>
internal sealed class SegmentFacetValues
{
    private SegmentFacetValues(int[] starts, int[] ordinals, string[] labels)
    {
        Starts = starts;
        Ordinals = ordinals;
        Labels = labels;
    }

    public int[] Starts { get; }

    public int[] Ordinals { get; }

    public string[] Labels { get; }

    /// <summary>The values of a field in a segment, read once per segment core (a segment's doc values never change).</summary>
    public static SegmentFacetValues For(AtomicReader segment, string field) => SegmentCache<SegmentFacetValues>.GetOrRead(segment, field, Read);

    private static SegmentFacetValues Read(AtomicReader segment, string field)
    {
        var docValues = segment.GetSortedSetDocValues(field);
        var starts = new int[segment.MaxDoc + 1];
        if (docValues is null)
        {
            return new SegmentFacetValues(starts, [], []);
        }

        var ordinals = new List<int>(segment.MaxDoc);
        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            starts[doc] = ordinals.Count;
            docValues.SetDocument(doc);
            for (var ord = docValues.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = docValues.NextOrd())
            {
                ordinals.Add((int)ord);
            }
        }

        starts[segment.MaxDoc] = ordinals.Count;
        var labels = new string[docValues.ValueCount];
        var scratch = new BytesRef();
        for (var ord = 0; ord < labels.Length; ord++)
        {
            docValues.LookupOrd(ord, scratch);
            labels[ord] = scratch.Utf8ToString();
        }

        return new SegmentFacetValues(starts, [.. ordinals], labels);
    }
}
