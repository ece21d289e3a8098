using Procurement.Application.Reference;
using Procurement.Domain.Reference;

namespace Procurement.Search.Tests.Cpv;

/// <summary>The ranking of the in-memory CPV search, on a handful of real codes.</summary>
public sealed class CpvCodeIndexTests
{
    private static readonly CpvCodeIndex _index = new(
    [
        new CpvCode("45000000-7", "Construction work"),
        new CpvCode("45200000-9", "Works for complete or part construction and civil engineering work"),
        new CpvCode("45230000-8", "Construction work for pipelines, communication and power lines, for highways, roads, airfields and railways; flatwork"),
        new CpvCode("45233000-9", "Construction, foundation and surface works for highways, roads"),
        new CpvCode("45233120-6", "Road construction works"),
        new CpvCode("45233121-3", "Main road construction works"),
        new CpvCode("44113000-5", "Road-construction materials"),
        new CpvCode("30213100-6", "Portable computers"),
        new CpvCode("15131310-7", "Pâté"),
        new CpvCode("55330000-2", "Cybercafé services"),
    ]);

    [Fact]
    public void An_exact_code_comes_first_then_the_codes_under_it() =>
        Assert.Equal(["45230000-8", "45233000-9", "45233120-6", "45233121-3"], Codes("45230000-8"));

    [Fact]
    public void A_code_with_a_wrong_check_digit_finds_nothing() => Assert.Empty(Codes("45230000-1"));

    [Fact]
    public void Leading_digits_find_every_code_under_them_more_general_first() =>
        Assert.Equal(["45000000-7", "45200000-9", "45230000-8", "45233000-9", "45233120-6", "45233121-3"], Codes("45"));

    [Fact]
    public void Eight_digits_without_a_check_digit_are_the_code_itself_first() =>
        Assert.Equal("45233000-9", Codes("45233000")[0]);

    [Fact]
    public void Labels_starting_with_the_words_come_first_then_labels_holding_them_in_order_then_the_rest()
    {
        // "Road-construction materials" and "Road construction works" start with the words; the more general code first.
        // "Main road construction works" holds them in order; "Construction work for ... roads" does not hold "road" as a word.
        Assert.Equal(["44113000-5", "45233120-6", "45233121-3"], Codes("road constr"));
    }

    [Fact]
    public void Every_word_must_match_and_only_the_last_may_be_unfinished()
    {
        Assert.Empty(Codes("roa construction"));
        // At the start, in order, anywhere; within each, the more general code first.
        Assert.Equal(["45000000-7", "45230000-8", "45233120-6", "45233121-3", "45200000-9", "45233000-9"], Codes("construction work"));
    }

    [Theory]
    [InlineData("PATE", "15131310-7")]
    [InlineData("pâté", "15131310-7")]
    [InlineData("cybercafe", "55330000-2")]
    [InlineData("CYBERCAFÉ SERV", "55330000-2")]
    public void Case_and_accents_are_ignored(string text, string code) => Assert.Equal([code], Codes(text));

    [Theory]
    [InlineData("laptop")]
    [InlineData("lapt")]
    [InlineData("laptops")]
    public void Everyday_words_find_the_vocabulary_wording(string text) => Assert.Equal(["30213100-6"], Codes(text));

    [Fact]
    public void The_limit_is_obeyed() => Assert.Equal(2, _index.Search("45", 2).Count);

    [Fact]
    public void Punctuation_alone_finds_nothing() => Assert.Empty(Codes(" ,; "));

    [Fact]
    public void A_prefix_is_found_only_as_the_significant_digits_of_a_code()
    {
        Assert.Equal("45230000-8", _index.FindPrefix("4523")?.Code);
        Assert.Equal("45000000-7", _index.FindPrefix("45")?.Code);
        Assert.Null(_index.FindPrefix("452300"));
        Assert.Null(_index.FindPrefix("4x"));
    }

    private static List<string> Codes(string text) => _index.Search(text, 50).Select(match => match.Code).ToList();
}
