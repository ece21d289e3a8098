using Procurement.Domain.Suppliers;

namespace Procurement.Application.Identity.Ports;

/// <summary>User accounts and the one-time tokens that confirm e-mail addresses and reset passwords.</summary>
public interface IAccountStore
{
    /// <summary>Creates the supplier company and its first user in one transaction; nothing is kept if either fails.</summary>
    Task<AccountResult> CreateSupplierAccountAsync(Supplier supplier, NewAccount account, CancellationToken cancellationToken);

    Task<string> CreateEmailConfirmationTokenAsync(Guid userId);

    Task<bool> ConfirmEmailAsync(Guid userId, string token);

    /// <summary>The account with this e-mail if it exists and is not yet confirmed; otherwise null.</summary>
    Task<UnconfirmedAccount?> FindUnconfirmedAsync(string email);

    /// <summary>A reset token for a confirmed account with this e-mail, or null when there is none.</summary>
    Task<string?> CreatePasswordResetTokenAsync(string email);

    Task<AccountResult> ResetPasswordAsync(string email, string token, string newPassword);
}

public sealed record UnconfirmedAccount(Guid UserId, string Email, string DisplayName);

public sealed record NewAccount(string Email, string DisplayName, string Password);

public sealed record AccountResult(Guid? UserId, IReadOnlyList<FieldError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static AccountResult Created(Guid userId) => new(userId, []);

    public static AccountResult Failed(params FieldError[] errors) => new(null, errors);
}
