using Procurement.Application.Notifications.Ports;
using Procurement.Application.Suppliers.Ports;
using Procurement.Domain;

namespace Procurement.Application.Suppliers;

/// <summary>An officer's decision on a supplier waiting for verification.</summary>
public sealed record DecideSupplierVerification(Guid SupplierId, Guid OfficerId, bool Approve, string? Reason);

/// <summary>Records the decision with the status change in one transaction, then tells the company's users by e-mail.</summary>
public sealed class DecideSupplierVerificationHandler(ISupplierRegistry registry, IMailer mailer, TimeProvider clock)
{
    public async Task<IReadOnlyList<FieldError>> HandleAsync(DecideSupplierVerification command, CancellationToken cancellationToken)
    {
        var supplier = await registry.FindAsync(command.SupplierId, cancellationToken)
            ?? throw new InvalidOperationException($"No supplier {command.SupplierId}.");
        try
        {
            registry.Record(command.Approve
                ? supplier.Verify(command.OfficerId, clock.GetUtcNow())
                : supplier.Reject(command.OfficerId, command.Reason ?? string.Empty, clock.GetUtcNow()));
        }
        catch (DomainRuleException refused)
        {
            return [new(command.Approve ? string.Empty : nameof(command.Reason), refused.Message)];
        }

        await registry.SaveAsync(cancellationToken);
        foreach (var email in await registry.ContactEmailsAsync(supplier.Id, cancellationToken))
        {
            await mailer.SendAsync(Notice(email, supplier.LegalName, command.Approve, supplier.RejectionReason), cancellationToken);
        }

        return [];
    }

    private static OutgoingMail Notice(string email, string company, bool approved, string? reason) => approved
        ? new(email, $"{company} is verified on Procurement",
            $"""
            {company} has been verified. It now appears in the public supplier directory and can bid for tenders.
            """)
        : new(email, $"{company} could not be verified",
            $"""
            An officer could not verify the details of {company}:

            {reason}

            Sign in, correct your company's details and submit them again.
            """);
}
