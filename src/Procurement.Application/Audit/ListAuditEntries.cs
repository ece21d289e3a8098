using Procurement.Application.Audit.Ports;
using Procurement.Domain.Audit;

namespace Procurement.Application.Audit;

/// <summary>
/// What an auditor filters the log by, as typed: a subject prefix (<c>tender:</c>, or a whole <c>supplier:9a1e…</c>),
/// an action prefix (<c>supplier.</c>), who (an e-mail address, a user id, or <c>platform</c>), and a range of days (UTC,
/// both inclusive). <see cref="Before"/> pages back: entries with a lower sequence number.
/// </summary>
public sealed record ListAuditEntries(string? Subject, string? Action, string? Actor, DateOnly? From, DateOnly? To, long? Before);

/// <param name="OlderBefore">The <c>Before</c> that shows the next, older page; null on the last page.</param>
public sealed record AuditEntriesPage(IReadOnlyList<AuditLogListing> Entries, long? OlderBefore, AuditChainHead? Head, IReadOnlyList<FieldError> Errors);

public sealed class ListAuditEntriesHandler(IAuditLogReader reader)
{
    public const int PageSize = 50;

    /// <summary>What the actor filter accepts for entries no person made.</summary>
    public const string PlatformActor = "platform";

    public async Task<AuditEntriesPage> HandleAsync(ListAuditEntries query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var head = await reader.HeadAsync(cancellationToken);
        var errors = new List<FieldError>();
        if (query.Subject?.Trim().Length > AuditChain.MaxSubjectLength)
        {
            errors.Add(new FieldError(nameof(query.Subject), $"Enter a subject of at most {AuditChain.MaxSubjectLength} characters."));
        }

        if (query.Action?.Trim().Length > AuditChain.MaxActionLength)
        {
            errors.Add(new FieldError(nameof(query.Action), $"Enter an action of at most {AuditChain.MaxActionLength} characters."));
        }

        if (query.From is { } from && query.To is { } to && to < from)
        {
            errors.Add(new FieldError(nameof(query.To), "The “to” date must be on or after the “from” date."));
        }

        var actor = await ActorAsync(query.Actor, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return new AuditEntriesPage([], null, head, errors);
        }

        var filter = new AuditLogFilter(
            Blank(query.Subject),
            Blank(query.Action),
            actor,
            query.From is { } start ? new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            query.To is { } end ? new DateTimeOffset(end.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null);
        var entries = await reader.SearchAsync(filter, query.Before, PageSize + 1, cancellationToken);
        var page = entries.Take(PageSize).ToList();
        return new AuditEntriesPage(page, entries.Count > PageSize ? page[^1].Sequence : null, head, []);
    }

    private async Task<Guid?> ActorAsync(string? text, List<FieldError> errors, CancellationToken cancellationToken)
    {
        var actor = Blank(text);
        if (actor is null)
        {
            return null;
        }

        if (string.Equals(actor, PlatformActor, StringComparison.OrdinalIgnoreCase))
        {
            return Guid.Empty;
        }

        if (Guid.TryParse(actor, out var id))
        {
            return id;
        }

        if (actor.Contains('@', StringComparison.Ordinal) && await reader.FindUserAsync(actor, cancellationToken) is { } user)
        {
            return user;
        }

        errors.Add(new FieldError("Actor", actor.Contains('@', StringComparison.Ordinal)
            ? "No account has that e-mail address. Check it, or enter the user's id."
            : $"Enter an e-mail address, a user id, or “{PlatformActor}” for what the platform did."));
        return null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
