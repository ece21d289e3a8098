using Procurement.Application.Bids.Ports;

namespace Procurement.Application.Bids;

/// <summary>Who acts on a bid: a user of a supplier company, taken from the sign-in, never from the request.</summary>
public sealed record BidActor(Guid SupplierId, Guid UserId);

/// <summary>The outcome of a change to a bid: <see cref="Found"/> is false when there is no such public tender.</summary>
public sealed record BidOutcome(bool Found, IReadOnlyList<FieldError> Errors, SignedReceipt? Receipt = null)
{
    public static readonly BidOutcome NotFound = new(false, []);

    public static readonly BidOutcome Done = new(true, []);

    public bool Succeeded => Found && Errors.Count == 0;

    public static BidOutcome Refused(string message, string field = "") => new(true, [new FieldError(field, message)]);

    public static BidOutcome Refused(IEnumerable<(string Field, string Message)> problems) =>
        new(true, [.. problems.Select(p => new FieldError(p.Field, p.Message))]);

    public static BidOutcome Receipted(SignedReceipt receipt) => new(true, [], receipt);
}
