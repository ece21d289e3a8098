using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Procurement.Testing.Payments;

/// <summary>
/// Stripe, as far as the platform uses it, on a loopback port: <c>POST /v1/checkout/sessions</c> (form-encoded, one
/// session per Idempotency-Key), <c>GET /v1/checkout/sessions/{id}</c> and <c>POST /v1/refunds</c> (one refund per
/// Idempotency-Key), with Stripe's JSON shapes and errors, and test controls: pay or expire a session, and sign webhook
/// events exactly as Stripe does (<see cref="FakeStripeEvents"/>). The app under test gets <see cref="Settings"/>.
/// </summary>
public sealed class FakeStripe : IAsyncDisposable
{
    public const string SecretKey = "sk_test_fakestripe";
    public const string WebhookSecret = "whsec_fakestripe_0123456789abcdef";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, JsonObject> _sessions = new();
    private readonly ConcurrentDictionary<string, JsonObject> _refunds = new();
    private readonly ConcurrentDictionary<string, string> _byIdempotencyKey = new();
    private readonly ConcurrentQueue<FakeStripeRequest> _requests = new();
    private readonly Lock _creating = new();

    private FakeStripe(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Every API request received, in order.</summary>
    public IReadOnlyList<FakeStripeRequest> Requests => [.. _requests];

    public IReadOnlyList<JsonObject> Refunds => [.. _refunds.Values];

    /// <summary>The app settings that point Stripe.net at this fake and turn card payments on.</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Stripe:SecretKey"] = SecretKey,
        ["Stripe:WebhookSecret"] = WebhookSecret,
        ["Stripe:ApiBase"] = BaseUrl.AbsoluteUri.TrimEnd('/'),
    };

    public static async Task<FakeStripe> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var fake = new FakeStripe(builder.Build());
        fake.Map();
        await fake._app.StartAsync();
        var address = fake._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        fake.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return fake;
    }

    /// <summary>The session as Stripe would return it now.</summary>
    public JsonObject Session(string sessionId) => (JsonObject)_sessions[sessionId].DeepClone();

    /// <summary>The buyer pays on Stripe's page: the session completes, paid, with a new PaymentIntent.</summary>
    public JsonObject Pay(string sessionId)
    {
        var session = _sessions[sessionId];
        lock (session)
        {
            session["status"] = "complete";
            session["payment_status"] = "paid";
            session["payment_intent"] ??= $"pi_test_{Guid.NewGuid():N}";
            return (JsonObject)session.DeepClone();
        }
    }

    public JsonObject Expire(string sessionId)
    {
        var session = _sessions[sessionId];
        lock (session)
        {
            session["status"] = "expired";
            session["url"] = null;
            return (JsonObject)session.DeepClone();
        }
    }

    private void Map()
    {
        _app.Use(async (context, next) =>
        {
            if (context.Request.Headers.Authorization != $"Bearer {SecretKey}")
            {
                await Error(context, HttpStatusCode.Unauthorized, "authentication_error", "Invalid API Key provided.");
                return;
            }

            await next(context);
        });
        _app.MapPost("/v1/checkout/sessions", CreateSessionAsync);
        _app.MapGet("/v1/checkout/sessions/{id}", async (HttpContext context, string id) =>
        {
            _requests.Enqueue(new FakeStripeRequest("GET", context.Request.Path, null, new Dictionary<string, string>()));
            if (_sessions.TryGetValue(id, out var session))
            {
                await Json(context, session);
            }
            else
            {
                await Error(context, HttpStatusCode.NotFound, "invalid_request_error", $"No such checkout.session: '{id}'", "resource_missing");
            }
        });
        _app.MapPost("/v1/refunds", CreateRefundAsync);
    }

    private async Task CreateSessionAsync(HttpContext context)
    {
        var (form, key) = await RecordAsync(context);
        var created = Idempotent(key, () =>
        {
            var id = $"cs_test_{Guid.NewGuid():N}";
            var quantity = long.Parse(form.GetValueOrDefault("line_items[0][quantity]", "1"), CultureInfo.InvariantCulture);
            var unitAmount = long.Parse(form["line_items[0][price_data][unit_amount]"], CultureInfo.InvariantCulture);
            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            _sessions[id] = new JsonObject
            {
                ["id"] = id,
                ["object"] = "checkout.session",
                ["amount_subtotal"] = unitAmount * quantity,
                ["amount_total"] = unitAmount * quantity,
                ["cancel_url"] = form.GetValueOrDefault("cancel_url"),
                ["client_reference_id"] = form.GetValueOrDefault("client_reference_id"),
                ["created"] = now,
                ["currency"] = form["line_items[0][price_data][currency]"],
                ["customer_email"] = form.GetValueOrDefault("customer_email"),
                ["expires_at"] = now + 86_400,
                ["livemode"] = false,
                ["metadata"] = Metadata(form, "metadata"),
                ["mode"] = form.GetValueOrDefault("mode"),
                ["payment_intent"] = null,
                ["payment_status"] = "unpaid",
                ["status"] = "open",
                ["success_url"] = form.GetValueOrDefault("success_url"),
                ["url"] = new Uri(BaseUrl, $"pay/{id}").AbsoluteUri,
            };
            return id;
        });
        await Json(context, _sessions[created]);
    }

    private async Task CreateRefundAsync(HttpContext context)
    {
        var (form, key) = await RecordAsync(context);
        var paymentIntent = form.GetValueOrDefault("payment_intent");
        var paid = _sessions.Values.FirstOrDefault(session => (string?)session["payment_intent"] == paymentIntent);
        if (paid is null)
        {
            await Error(context, HttpStatusCode.BadRequest, "invalid_request_error", $"No such payment_intent: '{paymentIntent}'", "resource_missing");
            return;
        }

        var created = Idempotent(key, () =>
        {
            var id = $"re_test_{Guid.NewGuid():N}";
            _refunds[id] = new JsonObject
            {
                ["id"] = id,
                ["object"] = "refund",
                ["amount"] = form.TryGetValue("amount", out var amount) ? long.Parse(amount, CultureInfo.InvariantCulture) : (long?)paid["amount_total"],
                ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["currency"] = (string?)paid["currency"],
                ["metadata"] = Metadata(form, "metadata"),
                ["payment_intent"] = paymentIntent,
                ["reason"] = form.GetValueOrDefault("reason"),
                ["status"] = "succeeded",
                ["idempotency_key"] = key,
            };
            return id;
        });
        await Json(context, _refunds[created]);
    }

    /// <summary>Stripe answers a repeated Idempotency-Key with the first result, and never creates twice.</summary>
    private string Idempotent(string? key, Func<string> create)
    {
        lock (_creating)
        {
            if (key is not null && _byIdempotencyKey.TryGetValue(key, out var existing))
            {
                return existing;
            }

            var id = create();
            if (key is not null)
            {
                _byIdempotencyKey[key] = id;
            }

            return id;
        }
    }

    private async Task<(Dictionary<string, string> Form, string? IdempotencyKey)> RecordAsync(HttpContext context)
    {
        var form = (await context.Request.ReadFormAsync()).ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.Ordinal);
        var key = context.Request.Headers["Idempotency-Key"].FirstOrDefault();
        _requests.Enqueue(new FakeStripeRequest("POST", context.Request.Path, key, form));
        return (form, key);
    }

    private static JsonObject Metadata(Dictionary<string, string> form, string prefix)
    {
        var metadata = new JsonObject();
        foreach (var (name, value) in form.Where(pair => pair.Key.StartsWith(prefix + "[", StringComparison.Ordinal)))
        {
            metadata[name[(prefix.Length + 1)..^1]] = value;
        }

        return metadata;
    }

    private static async Task Json(HttpContext context, JsonObject body)
    {
        context.Response.ContentType = "application/json";
        string text;
        lock (body)
        {
            text = body.ToJsonString();
        }

        context.Response.Headers["Request-Id"] = $"req_{Guid.NewGuid():N}";
        await context.Response.WriteAsync(text);
    }

    private static async Task Error(HttpContext context, HttpStatusCode status, string type, string message, string? code = null)
    {
        context.Response.StatusCode = (int)status;
        await Json(context, new JsonObject { ["error"] = new JsonObject { ["type"] = type, ["code"] = code, ["message"] = message } });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One API request the fake received: the form as sent and its Idempotency-Key header.</summary>
public sealed record FakeStripeRequest(string Method, string Path, string? IdempotencyKey, IReadOnlyDictionary<string, string> Form);
