using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Procurement.Web.Hosting;

/// <summary>One token bucket: a steady rate and the burst allowed on top of it, per client.</summary>
public sealed class TokenBucketLimit
{
    public int TokensPerSecond { get; set; }
    public int Burst { get; set; }
}

/// <summary>Rate limits from the <c>RateLimiting</c> configuration section (keys in docs/operations.md).</summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Off: no request is ever limited (the test host turns it off; a test turns it on with tight limits).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary><c>/suppliers</c> and <c>GET /api/suppliers</c>.</summary>
    public TokenBucketLimit Search { get; set; } = new() { TokensPerSecond = 10, Burst = 20 };

    /// <summary><c>/api/suppliers/suggest</c>, called as the visitor types.</summary>
    public TokenBucketLimit Suggest { get; set; } = new() { TokensPerSecond = 20, Burst = 40 };

    /// <summary>
    /// How many bid changes (save, submit, withdraw) one instance works on at once; the rest wait their turn in order.
    /// Applies even when <see cref="Enabled"/> is off: it protects the database from running out of connections when
    /// many suppliers submit in the last seconds before a deadline.
    /// </summary>
    public int BidConcurrency { get; set; } = 16;

    /// <summary>How many bid changes may wait for their turn; beyond it, 429 (a waiting one is still timed by the database when its turn comes).</summary>
    public int BidQueue { get; set; } = 5_000;
}

/// <summary>
/// Limits the public search per client, and bid changes per instance (a queue, not a refusal): by user id when signed in, otherwise by IP address (behind a proxy, enable
/// forwarded headers so that this is the client's address, not the proxy's). A refused API call answers 429 with
/// RFC 7807 problem details and <c>Retry-After</c>; a refused page shows the friendly 429 error page.
/// </summary>
internal static class RateLimiting
{
    public const string SearchPolicy = "search";
    public const string SuggestPolicy = "suggest";
    public const string BidsPolicy = "bids";

    public static IServiceCollection AddProcurementRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitingOptions.Section).Get<RateLimitingOptions>() ?? new RateLimitingOptions();
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SearchPolicy, context => Partition(context, SearchPolicy, options.Enabled ? options.Search : null));
            limiter.AddPolicy(SuggestPolicy, context => Partition(context, SuggestPolicy, options.Enabled ? options.Suggest : null));
            limiter.AddPolicy(BidsPolicy, _ => RateLimitPartition.GetConcurrencyLimiter(BidsPolicy, _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = Math.Max(1, options.BidConcurrency),
                QueueLimit = Math.Max(0, options.BidQueue),
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            }));
            limiter.OnRejected = RejectAsync;
        });
    }

    private static RateLimitPartition<string> Partition(HttpContext context, string policy, TokenBucketLimit? limit)
    {
        if (limit is null)
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        var client = context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId
            ? $"user:{userId}"
            : $"ip:{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}";
        return RateLimitPartition.GetTokenBucketLimiter($"{policy}|{client}", _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, limit.Burst),
            TokensPerPeriod = Math.Max(1, limit.TokensPerSecond),
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
        http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        if (!http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            // Left without a body, the status-code pages re-execute /error/429: the friendly page.
            return;
        }

        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Type = "https://www.rfc-editor.org/rfc/rfc6585#section-4",
                Title = "Too many requests",
                Detail = $"This client sent more searches than allowed. Wait {retryAfter} second{(retryAfter == 1 ? string.Empty : "s")} and try again.",
            },
        });
    }
}
