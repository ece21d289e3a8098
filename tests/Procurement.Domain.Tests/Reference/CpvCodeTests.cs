using Procurement.Domain;
using Procurement.Domain.Reference;

namespace Procurement.Domain.Tests.Reference;

public sealed class CpvCodeTests
{
    [Theory]
    [InlineData("45233120-6")]
    [InlineData(" 03000000-1 ")]
    public void Accepts_eight_digits_a_hyphen_and_a_check_digit(string code) =>
        Assert.Equal(code.Trim(), CpvCode.Normalise(code));

    [Theory]
    [InlineData("45233120")]
    [InlineData("4523312-6")]
    [InlineData("ABCDEFGH-1")]
    [InlineData("")]
    public void Refuses_anything_else_with_an_example_of_the_right_shape(string code)
    {
        var error = Assert.Throws<DomainRuleException>(() => CpvCode.Normalise(code));
        Assert.Contains("like 45233120-6", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ancestors_run_from_the_division_down_to_the_code_itself() =>
        Assert.Equal(["45", "452", "4523", "45233", "452331", "4523312"], CpvCode.Ancestors("45233120-6"));

    [Fact]
    public void A_division_code_is_its_own_only_ancestor() =>
        Assert.Equal(["45"], CpvCode.Ancestors("45000000-7"));

    [Fact]
    public void A_division_ending_in_zero_keeps_both_digits() =>
        Assert.Equal(["30", "302"], CpvCode.Ancestors("30200000-1"));

    [Theory]
    [InlineData("45230000-8", "4523")]
    [InlineData("45000000-7", "45")]
    [InlineData("80000000-4", "80")]
    [InlineData("45233120-6", "4523312")]
    public void The_prefix_of_a_code_is_its_significant_digits(string code, string prefix)
    {
        Assert.Equal(prefix, CpvCode.PrefixOf(code));
        Assert.True(CpvCode.IsPrefix(prefix));
    }

    [Fact]
    public void Division_is_the_first_two_digits() =>
        Assert.Equal("03", new CpvCode("03000000-1", "Agricultural, farming, fishing, forestry and related products").Division);
}
