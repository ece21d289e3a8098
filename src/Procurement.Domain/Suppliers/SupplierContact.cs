namespace Procurement.Domain.Suppliers;

/// <summary>A person officers and buyers may contact about the company; never shown to the public.</summary>
public sealed class SupplierContact
{
    public const int MaxTextLength = 200;

    private SupplierContact()
    {
        Name = Role = Email = Phone = string.Empty;
    }

    public SupplierContact(string name, string role, string email, string phone)
    {
        var problems = Problems(name, role, email, phone);
        if (problems.Count > 0)
        {
            throw new DomainRuleException(problems[0].Message);
        }

        Name = name.Trim();
        Role = role.Trim();
        SupplierIdentifiers.CheckEmail(email, out var normalisedEmail);
        SupplierIdentifiers.CheckPhone(phone, out var normalisedPhone);
        Email = normalisedEmail;
        Phone = normalisedPhone;
    }

    public string Name { get; private set; }

    /// <summary>The person's job or responsibility, e.g. "Bid manager".</summary>
    public string Role { get; private set; }

    public string Email { get; private set; }
    public string Phone { get; private set; }

    public static IReadOnlyList<(string Part, string Message)> Problems(string name, string role, string email, string phone)
    {
        var problems = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxTextLength)
        {
            problems.Add((nameof(Name), $"Enter the contact's full name, at most {MaxTextLength} characters."));
        }

        if (string.IsNullOrWhiteSpace(role) || role.Trim().Length > MaxTextLength)
        {
            problems.Add((nameof(Role), $"Enter the contact's role, for example Bid manager, at most {MaxTextLength} characters."));
        }

        if (SupplierIdentifiers.CheckEmail(email, out _) is { } emailProblem)
        {
            problems.Add((nameof(Email), emailProblem));
        }

        if (SupplierIdentifiers.CheckPhone(phone, out _) is { } phoneProblem)
        {
            problems.Add((nameof(Phone), phoneProblem));
        }

        return problems;
    }
}
