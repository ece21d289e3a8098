using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Procurement.Testing.Payments;

/// <summary>
/// Webhook events as Stripe sends them: the event JSON (id evt_..., type, api_version, data.object) and the
/// <c>Stripe-Signature</c> header <c>t=&lt;unix time&gt;,v1=&lt;hex HMAC-SHA256 of "t.body" under the endpoint secret&gt;</c>.
/// </summary>
public static class FakeStripeEvents
{
    /// <summary>The event wrapping <paramref name="dataObject"/>, with a new id unless one is given.</summary>
    public static string Event(string type, JsonObject dataObject, string? eventId = null) => new JsonObject
    {
        ["id"] = eventId ?? $"evt_test_{Guid.NewGuid():N}",
        ["object"] = "event",
        ["api_version"] = global::Stripe.StripeConfiguration.ApiVersion,
        ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["data"] = new JsonObject { ["object"] = dataObject.DeepClone() },
        ["livemode"] = false,
        ["pending_webhooks"] = 1,
        ["request"] = new JsonObject { ["id"] = null, ["idempotency_key"] = null },
        ["type"] = type,
    }.ToJsonString();

    /// <summary>The <c>Stripe-Signature</c> header for <paramref name="body"/> signed at <paramref name="at"/> (now by default).</summary>
    public static string Sign(string body, string secret = FakeStripe.WebhookSecret, DateTimeOffset? at = null)
    {
        var timestamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(mac)}";
    }
}
