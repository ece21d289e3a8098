using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Procurement.Search.Lucene;

/// <summary>
/// Values read once per segment core and kept as long as the segment lives: a segment never changes once written
/// (deletions aside, and these values ignore them), so what is read from it stays true.
/// </summary>
internal static class SegmentCache<T>
    where T : class
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, T>> _bySegment = [];

    /// <summary>The value for <paramref name="key"/> (usually a field name), read by <paramref name="read"/> the first time.</summary>
    public static T GetOrRead(AtomicReader segment, string key, Func<AtomicReader, string, T> read) =>
        _bySegment.GetValue(segment.CoreCacheKey, _ => new ConcurrentDictionary<string, T>(StringComparer.Ordinal))
            .GetOrAdd(key, field => read(segment, field));
}
