namespace Procurement.Domain;

/// <summary>Raised when an action would break a business rule; the message is safe to show to the user.</summary>
public sealed class DomainRuleException(string message) : Exception(message);
