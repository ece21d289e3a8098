using Microsoft.AspNetCore.Identity;
using Procurement.Application;
using Procurement.Application.Identity.Ports;
using Procurement.Domain.Identity;
using Procurement.Domain.Suppliers;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Identity;

internal sealed class AccountStore(ProcurementDbContext db, UserManager<ApplicationUser> users, TimeProvider clock) : IAccountStore
{
    public async Task<AccountResult> CreateSupplierAccountAsync(Supplier supplier, NewAccount account, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Suppliers.Add(supplier);
        await db.SaveChangesAsync(cancellationToken);

        var user = new ApplicationUser
        {
            UserName = account.Email,
            Email = account.Email,
            DisplayName = account.DisplayName,
            SupplierId = supplier.Id,
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, account.Password);
        if (created.Succeeded)
        {
            created = await users.AddToRoleAsync(user, Roles.Supplier);
        }

        if (!created.Succeeded)
        {
            db.ChangeTracker.Clear();
            return AccountResult.Failed(created.Errors.Select(ToFieldError).ToArray());
        }

        await transaction.CommitAsync(cancellationToken);
        return AccountResult.Created(user.Id);
    }

    public async Task<string> CreateEmailConfirmationTokenAsync(Guid userId)
    {
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new InvalidOperationException($"No user {userId}.");
        return await users.GenerateEmailConfirmationTokenAsync(user);
    }

    public async Task<bool> ConfirmEmailAsync(Guid userId, string token)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        return user is not null && (await users.ConfirmEmailAsync(user, token)).Succeeded;
    }

    public async Task<UnconfirmedAccount?> FindUnconfirmedAsync(string email)
    {
        var user = await users.FindByEmailAsync(email);
        return user is { EmailConfirmed: false, Email: { } address } ? new UnconfirmedAccount(user.Id, address, user.DisplayName) : null;
    }

    public async Task<string?> CreatePasswordResetTokenAsync(string email)
    {
        var user = await users.FindByEmailAsync(email);
        return user is { EmailConfirmed: true } ? await users.GeneratePasswordResetTokenAsync(user) : null;
    }

    public async Task<AccountResult> ResetPasswordAsync(string email, string token, string newPassword)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            return AccountResult.Failed(InvalidResetLink);
        }

        var reset = await users.ResetPasswordAsync(user, token, newPassword);
        if (!reset.Succeeded)
        {
            return AccountResult.Failed(reset.Errors.Select(ToFieldError).ToArray());
        }

        // A reset proves control of the mailbox, so a lockout from earlier guesses ends here.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return AccountResult.Created(user.Id);
    }

    private static FieldError InvalidResetLink => new("Token", "This reset link is not valid or has expired. Ask for a new one.");

    private static FieldError ToFieldError(IdentityError error) => error.Code switch
    {
        _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => new FieldError("Password", error.Description),
        "DuplicateUserName" or "DuplicateEmail" or "InvalidEmail" or "InvalidUserName" =>
            new FieldError("Email", error.Code.StartsWith("Duplicate", StringComparison.Ordinal)
                ? "An account with this e-mail address already exists. Sign in, or reset your password."
                : error.Description),
        "InvalidToken" => InvalidResetLink,
        _ => new FieldError(string.Empty, error.Description),
    };
}
