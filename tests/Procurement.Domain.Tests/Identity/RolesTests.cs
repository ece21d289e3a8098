using Procurement.Domain.Identity;

namespace Procurement.Domain.Tests.Identity;

public sealed class RolesTests
{
    [Theory]
    [InlineData(Roles.Officer)]
    [InlineData(Roles.Evaluator)]
    [InlineData(Roles.Admin)]
    public void Officers_evaluators_and_admins_must_use_two_factor(string role) =>
        Assert.True(Roles.MustUseTwoFactor([role]));

    [Theory]
    [InlineData(Roles.Supplier)]
    [InlineData(Roles.Buyer)]
    [InlineData(Roles.Approver)]
    [InlineData(Roles.Auditor)]
    public void Other_roles_may_sign_in_with_a_password_alone(string role) =>
        Assert.False(Roles.MustUseTwoFactor([role]));

    [Fact]
    public void Holding_any_role_that_requires_two_factor_is_enough() =>
        Assert.True(Roles.MustUseTwoFactor([Roles.Buyer, Roles.Evaluator]));
}
