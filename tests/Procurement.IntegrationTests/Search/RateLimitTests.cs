using System.Net;
using System.Text.Json;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Search;

public sealed class RateLimitTests(AppFixture fixture)
{
    [Fact]
    public async Task A_client_over_the_search_limit_gets_429_problem_details_with_Retry_After_on_the_API_and_a_page_on_HTML()
    {
        var settings = new Dictionary<string, string>
        {
            ["RateLimiting:Enabled"] = "true",
            ["RateLimiting:Search:TokensPerSecond"] = "1",
            ["RateLimiting:Search:Burst"] = "2",
        };
        await using var app = new ProcurementAppFactory(await fixture.Postgres.CreateDatabaseAsync("ratelimit"), settings);
        using var client = app.CreateClient();

        // A burst of two, then one more token a second: on a slow machine a token may come back between calls.
        var answers = new List<HttpResponseMessage>();
        while (answers.Count < 10 && answers.LastOrDefault()?.StatusCode != HttpStatusCode.TooManyRequests)
        {
            answers.Add(await client.GetAsync(new Uri("/api/suppliers?q=bakery", UriKind.Relative)));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], answers.Take(2).Select(a => a.StatusCode));
        var refused = answers[^1];
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Too many requests", problem.RootElement.GetProperty("title").GetString());

        using var page = await client.GetAsync(new Uri("/suppliers?q=bakery", UriKind.Relative));
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Contains("You searched faster than the service allows", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(page.Headers.RetryAfter);
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }
}
