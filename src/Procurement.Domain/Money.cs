using System.Text.RegularExpressions;

namespace Procurement.Domain;

/// <summary>An amount in a currency: stored as numeric(18,2) with its ISO 4217 alphabetic code (ARCHITECTURE §3).</summary>
public sealed partial record Money
{
    /// <summary>The largest amount numeric(18,2) holds.</summary>
    public const decimal MaxAmount = 9_999_999_999_999_999.99m;

    public Money(decimal amount, string currency)
    {
        if (amount < 0 || amount > MaxAmount || decimal.Round(amount, 2) != amount)
        {
            throw new DomainRuleException($"An amount must be between 0 and {MaxAmount:N2} with at most two decimals; {amount} is not.");
        }

        Currency = IsCurrencyCode(currency) ? currency : throw new DomainRuleException($"'{currency}' is not an ISO 4217 currency code such as GBP or EUR.");
        Amount = amount;
    }

    public decimal Amount { get; }

    /// <summary>The ISO 4217 alphabetic code, e.g. GBP.</summary>
    public string Currency { get; }

    public static bool IsCurrencyCode(string? code) => code is not null && CurrencyShape().IsMatch(code);

    public static bool IsAmount(decimal amount) => amount >= 0 && amount <= MaxAmount && decimal.Round(amount, 2) == amount;

    public override string ToString() => $"{Currency} {Amount:N2}";

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyShape();
}
