using Procurement.Application.Identity.Ports;
using Procurement.Application.Notifications.Ports;

namespace Procurement.Application.Identity;

public sealed record RequestPasswordReset(string Email);

/// <summary>
/// Mails a reset link when a confirmed account has this address. The caller is told the same thing either way,
/// so the form cannot be used to find out who has an account.
/// </summary>
public sealed class RequestPasswordResetHandler(IAccountStore accounts, IAccountLinks links, INotifications notifications)
{
    public async Task<IReadOnlyList<FieldError>> HandleAsync(RequestPasswordReset command, CancellationToken cancellationToken)
    {
        if (!EmailAddress.IsValid(command.Email))
        {
            return [new(nameof(command.Email), "Enter an e-mail address in the right format, like name@example.com.")];
        }

        var email = command.Email.Trim();
        var token = await accounts.CreatePasswordResetTokenAsync(email);
        if (token is not null)
        {
            await notifications.MailNowAsync(AccountEmails.PasswordReset(email, links.PasswordReset(email, token)), cancellationToken);
        }

        return [];
    }
}
