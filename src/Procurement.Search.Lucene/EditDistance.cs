namespace Procurement.Search.Lucene;

/// <summary>
/// Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment), so that the
/// typo matching and the highlighter agree on what a near miss is.
/// </summary>
internal static class EditDistance
{
    public static bool AtMost(string a, string b, int maxEdits) => Within(a, b, maxEdits) is not null;

    /// <summary>The distance between the words when it is at most <paramref name="maxEdits"/>; null when it is more.</summary>
    public static int? Within(string a, string b, int maxEdits)
    {
        if (Math.Abs(a.Length - b.Length) > maxEdits)
        {
            return null;
        }

        Span<int> rows = b.Length < 64 ? stackalloc int[3 * (b.Length + 1)] : new int[3 * (b.Length + 1)];
        var previous2 = rows[..(b.Length + 1)];
        var previous = rows.Slice(b.Length + 1, b.Length + 1);
        var current = rows[(2 * (b.Length + 1))..];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var distance = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    distance = Math.Min(distance, previous2[j - 2] + 1);
                }

                current[j] = distance;
                rowMinimum = Math.Min(rowMinimum, distance);
            }

            // Every later row is at least this row's minimum: give up as soon as no alignment can stay within the bound.
            if (rowMinimum > maxEdits)
            {
                return null;
            }

            var oldest = previous2;
            previous2 = previous;
            previous = current;
            current = oldest;
        }

        return previous[b.Length] <= maxEdits ? previous[b.Length] : null;
    }
}
