using Procurement.Application.Identity.Ports;

namespace Procurement.Application.Identity;

public sealed record ConfirmEmail(Guid UserId, string Token);

public sealed class ConfirmEmailHandler(IAccountStore accounts)
{
    public Task<bool> HandleAsync(ConfirmEmail command) =>
        string.IsNullOrWhiteSpace(command.Token) ? Task.FromResult(false) : accounts.ConfirmEmailAsync(command.UserId, command.Token);
}
