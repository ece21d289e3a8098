using System.Net;
using System.Text.Json;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Reference;

/// <summary><c>/api/cpv</c>: the vocabulary search behind the CPV picker, over the 9,454 seeded codes.</summary>
public sealed class CpvApiTests(AppFixture fixture)
{
    [Fact]
    public async Task The_first_digits_of_a_code_find_the_class_first_then_the_codes_under_it()
    {
        var codes = Codes(await GetJsonAsync("/api/cpv?q=4521&limit=50"));

        Assert.Equal("45210000-2", codes[0]);
        Assert.All(codes, code => Assert.StartsWith("4521", code, StringComparison.Ordinal));
        Assert.True(codes.Count > 1);
    }

    [Fact]
    public async Task A_whole_code_comes_first_with_its_label()
    {
        var items = (await GetJsonAsync("/api/cpv?q=45233120-6")).GetProperty("items");

        Assert.Equal("45233120-6", items[0].GetProperty("code").GetString());
        Assert.Equal("Road construction works", items[0].GetProperty("label").GetString());
        Assert.Equal("4523312", items[0].GetProperty("prefix").GetString());
    }

    [Fact]
    public async Task A_whole_code_ranks_before_the_codes_under_it()
    {
        var codes = Codes(await GetJsonAsync("/api/cpv?q=45233000-9"));

        Assert.Equal("45233000-9", codes[0]);
        Assert.Contains("45233120-6", codes);
    }

    [Fact]
    public async Task Words_find_labels_holding_every_word_the_last_one_unfinished()
    {
        var items = (await GetJsonAsync("/api/cpv?q=road%20constr&limit=50")).GetProperty("items").EnumerateArray().ToList();

        Assert.Contains(items, item => item.GetProperty("code").GetString() == "45233120-6");
        Assert.All(items, item =>
        {
            var label = item.GetProperty("label").GetString()!.ToLowerInvariant();
            Assert.Contains("road", label, StringComparison.Ordinal);
            Assert.Contains("constr", label, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Labels_that_start_with_the_words_come_before_those_that_only_contain_them()
    {
        var codes = Codes(await GetJsonAsync("/api/cpv?q=road%20construction&limit=50"));

        Assert.True(codes.IndexOf("45233120-6") < codes.IndexOf("45233121-3"), "'Road construction works' before 'Main road construction works'");
    }

    [Fact]
    public async Task Everyday_words_find_what_the_vocabulary_names_otherwise()
    {
        var codes = Codes(await GetJsonAsync("/api/cpv?q=laptop"));

        Assert.Equal("30213100-6", codes[0]); // Portable computers: CPV 2008 never says "laptop"
    }

    [Theory]
    [InlineData("PATE")]
    [InlineData("pâté")]
    [InlineData("Cybercafe")]
    public async Task Case_and_accents_do_not_matter(string text)
    {
        var labels = (await GetJsonAsync($"/api/cpv?q={Uri.EscapeDataString(text)}")).GetProperty("items").EnumerateArray().Select(item => item.GetProperty("label").GetString()).ToList();

        Assert.NotEmpty(labels);
        Assert.Contains(labels, label => label!.Contains('é', StringComparison.Ordinal));
    }

    [Fact]
    public async Task Twenty_codes_by_default_and_the_limit_is_obeyed()
    {
        Assert.Equal(20, Codes(await GetJsonAsync("/api/cpv?q=45")).Count);
        Assert.Equal(3, Codes(await GetJsonAsync("/api/cpv?q=45&limit=3")).Count);
        Assert.Equal(50, Codes(await GetJsonAsync("/api/cpv?q=45&limit=50")).Count);
    }

    [Fact]
    public async Task Words_that_match_nothing_give_an_empty_list() =>
        Assert.Empty(Codes(await GetJsonAsync("/api/cpv?q=zzzqqq")));

    [Theory]
    [InlineData("/api/cpv", "q")]
    [InlineData("/api/cpv?q=%20%20", "q")]
    [InlineData("/api/cpv?q=road&limit=51", "limit")]
    [InlineData("/api/cpv?q=road&limit=0", "limit")]
    [InlineData("/api/cpv?q=road&limit=many", "limit")]
    public async Task Bad_input_gets_problem_details_naming_the_parameter(string path, string parameter)
    {
        using var client = fixture.App.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(parameter, out _), $"errors name {parameter}: {errors}");
    }

    [Fact]
    public async Task Too_long_a_search_is_refused()
    {
        using var client = fixture.App.CreateClient();

        using var response = await client.GetAsync(new Uri($"/api/cpv?q={new string('a', 101)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task One_code_is_looked_up_by_its_address()
    {
        var item = await GetJsonAsync("/api/cpv/45230000-8");

        Assert.Equal("45230000-8", item.GetProperty("code").GetString());
        Assert.StartsWith("Construction work for pipelines", item.GetProperty("label").GetString(), StringComparison.Ordinal);
        Assert.Equal("4523", item.GetProperty("prefix").GetString());
    }

    [Fact]
    public async Task A_code_not_in_the_vocabulary_is_404_problem_details()
    {
        using var client = fixture.App.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/cpv/45233120-7", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("not in the CPV 2008 vocabulary", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Something_that_is_not_a_code_is_400_problem_details()
    {
        using var client = fixture.App.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/cpv/road", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static List<string> Codes(JsonElement json) =>
        json.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("code").GetString()!).ToList();

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var client = fixture.App.CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }
}
