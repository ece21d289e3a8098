using Procurement.Application.Identity.Ports;

namespace Procurement.Application.Identity;

public sealed record ResetPassword(string Email, string Token, string Password, string ConfirmPassword);

public sealed class ResetPasswordHandler(IAccountStore accounts)
{
    public async Task<AccountResult> HandleAsync(ResetPassword command)
    {
        if (command.Password != command.ConfirmPassword)
        {
            return AccountResult.Failed(new FieldError(nameof(command.ConfirmPassword), "The two passwords do not match."));
        }

        return await accounts.ResetPasswordAsync(command.Email.Trim(), command.Token, command.Password);
    }
}
