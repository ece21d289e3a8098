using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Procurement.Search.Lucene;

/// <summary>
/// Keeps the filter of each recent filter set, whose doc sets are cached per segment (so a refresh only computes
/// the new segments). Bounded: when full it starts over rather than tracking use.
/// </summary>
internal sealed class SupplierFilterCache
{
    private const int MaxFilters = 256;
    private readonly ConcurrentDictionary<string, Filter> _filters = new(StringComparer.Ordinal);

    public Filter GetOrAdd(string key, Func<Filter> create)
    {
        if (_filters.TryGetValue(key, out var filter))
        {
            return filter;
        }

        if (_filters.Count >= MaxFilters)
        {
            _filters.Clear();
        }

        return _filters.GetOrAdd(key, _ => new BitSetCachingFilter(create()));
    }

    // A FixedBitSet offers random access, so the searcher checks each candidate against it instead of leapfrogging.
    private sealed class BitSetCachingFilter(Filter filter) : CachingWrapperFilter(filter)
    {
        protected override DocIdSet CacheImpl(DocIdSetIterator iterator, AtomicReader reader)
        {
            var bits = new FixedBitSet(reader.MaxDoc);
            bits.Or(iterator);
            return bits;
        }
    }
}
