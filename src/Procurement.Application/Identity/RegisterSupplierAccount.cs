using System.Net.Mail;
using Procurement.Application.Identity.Ports;
using Procurement.Application.Notifications.Ports;
using Procurement.Domain.Suppliers;

namespace Procurement.Application.Identity;

public sealed record RegisterSupplierAccount(string CompanyLegalName, string DisplayName, string Email, string Password, string ConfirmPassword);

public static class RegisterSupplierAccountValidator
{
    public static IReadOnlyList<FieldError> Validate(RegisterSupplierAccount command)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(command.CompanyLegalName))
        {
            errors.Add(new(nameof(command.CompanyLegalName), "Enter your company's legal name, as registered."));
        }

        if (string.IsNullOrWhiteSpace(command.DisplayName))
        {
            errors.Add(new(nameof(command.DisplayName), "Enter your full name."));
        }

        if (!EmailAddress.IsValid(command.Email))
        {
            errors.Add(new(nameof(command.Email), "Enter an e-mail address in the right format, like name@example.com."));
        }

        if (command.Password != command.ConfirmPassword)
        {
            errors.Add(new(nameof(command.ConfirmPassword), "The two passwords do not match."));
        }

        return errors;
    }
}

/// <summary>Creates a supplier company with its first user and sends the e-mail confirmation link.</summary>
public sealed class RegisterSupplierAccountHandler(IAccountStore accounts, IAccountLinks links, INotifications notifications)
{
    public async Task<AccountResult> HandleAsync(RegisterSupplierAccount command, CancellationToken cancellationToken)
    {
        var errors = RegisterSupplierAccountValidator.Validate(command);
        if (errors.Count > 0)
        {
            return new AccountResult(null, errors);
        }

        var supplier = new Supplier(command.CompanyLegalName);
        var account = new NewAccount(command.Email.Trim(), command.DisplayName.Trim(), command.Password);
        var result = await accounts.CreateSupplierAccountAsync(supplier, account, cancellationToken);
        if (result.UserId is not { } userId)
        {
            return result;
        }

        var token = await accounts.CreateEmailConfirmationTokenAsync(userId);
        await notifications.MailNowAsync(AccountEmails.Confirmation(account.Email, account.DisplayName, links.EmailConfirmation(userId, token)), cancellationToken);
        return result;
    }
}

internal static class EmailAddress
{
    public static bool IsValid(string? value) =>
        !string.IsNullOrWhiteSpace(value) && MailAddress.TryCreate(value.Trim(), out var address) && address.Address == value.Trim();
}
