using System.Net;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Home;

public sealed class PublicPagesTests(AppFixture fixture)
{
    [Fact]
    public async Task Home_page_explains_the_service_and_links_to_the_public_sections()
    {
        using var session = new WebSession(fixture.App);

        var page = await session.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Public tenders and contracts, open to everyone", page.Text, StringComparison.Ordinal);
        Assert.Contains("href=\"#main-content\"", page.Html, StringComparison.Ordinal);
        foreach (var section in new[] { "/tenders", "/awards", "/suppliers", "/open-data" })
        {
            Assert.Contains($"href=\"{section}\"", page.Html, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await session.GetAsync(section)).Status);
        }
    }

    [Fact]
    public async Task Pages_carry_security_headers()
    {
        using var client = fixture.App.CreateClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task An_unknown_address_gets_a_helpful_not_found_page()
    {
        using var session = new WebSession(fixture.App);

        var page = await session.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("Page not found", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused_with_advice()
    {
        using var client = fixture.App.CreateClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "supplier@procurement.test", ["Password"] = "x" });

        using var response = await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("reload the page and send it again", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_report_healthy(string path)
    {
        using var client = fixture.App.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
