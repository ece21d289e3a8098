using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Procurement.Application.OpenData;

/// <summary>
/// Where a page of releases ends: the date and id of its last release. Releases are ordered by (date, id), so the next
/// page is stable while new releases arrive (they are dated later). Opaque to clients: base64url of <c>ticks|id</c>.
/// </summary>
public sealed record OcdsCursor(DateTimeOffset Date, string ReleaseId)
{
    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Date.UtcTicks}|{ReleaseId}")));

    public static bool TryDecode(string? text, out OcdsCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(text) || text.Length > 400 || !Base64Url.IsValid(text))
        {
            return false;
        }

        var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split('|', 2);
        if (parts.Length != 2 || parts[1].Length == 0
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return false;
        }

        cursor = new OcdsCursor(new DateTimeOffset(ticks, TimeSpan.Zero), parts[1]);
        return true;
    }

    /// <summary>Whether a release dated <paramref name="date"/> with <paramref name="releaseId"/> comes after this cursor.</summary>
    public bool Precedes(DateTimeOffset date, string releaseId) =>
        date > Date || (date == Date && string.CompareOrdinal(releaseId, ReleaseId) > 0);
}
