using Procurement.Application.Identity.Ports;
using Procurement.Application.Notifications.Ports;

namespace Procurement.Application.Identity;

public sealed record ResendEmailConfirmation(string Email);

/// <summary>
/// Sends a fresh confirmation link when an unconfirmed account has this address (the first link expired or got
/// lost). The caller is told the same thing either way, so the form reveals nothing about who has an account.
/// </summary>
public sealed class ResendEmailConfirmationHandler(IAccountStore accounts, IAccountLinks links, INotifications notifications)
{
    public async Task<IReadOnlyList<FieldError>> HandleAsync(ResendEmailConfirmation command, CancellationToken cancellationToken)
    {
        if (!EmailAddress.IsValid(command.Email))
        {
            return [new(nameof(command.Email), "Enter an e-mail address in the right format, like name@example.com.")];
        }

        if (await accounts.FindUnconfirmedAsync(command.Email.Trim()) is { } account)
        {
            var token = await accounts.CreateEmailConfirmationTokenAsync(account.UserId);
            await notifications.MailNowAsync(AccountEmails.Confirmation(account.Email, account.DisplayName, links.EmailConfirmation(account.UserId, token)), cancellationToken);
        }

        return [];
    }
}
