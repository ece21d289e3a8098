using Procurement.Domain.Tenders;

namespace Procurement.Application.Tenders.Ports;

/// <summary>
/// Clarification questions and answers, and the suppliers that follow a tender. Changes are written by
/// <see cref="ITenderRepository.SaveAsync"/>, in the same unit of work as the tender.
/// </summary>
public interface IClarificationStore
{
    Task<Clarification?> FindAsync(Guid clarificationId, CancellationToken cancellationToken);

    void Add(Clarification clarification);

    /// <summary>Keeps a question asked or an answer published; written (and audited) by the next save.</summary>
    void Record(ClarificationEvent clarificationEvent);

    Task<bool> IsFollowingAsync(Guid tenderId, Guid supplierId, CancellationToken cancellationToken);

    void Follow(TenderFollower follower);

    /// <summary>Stops following at once (no save needed); false when the supplier did not follow the tender.</summary>
    Task<bool> UnfollowAsync(Guid tenderId, Guid supplierId, CancellationToken cancellationToken);

    /// <summary>Every question about the tender, oldest first, for its officers.</summary>
    Task<IReadOnlyList<Clarification>> ForTenderAsync(Guid tenderId, CancellationToken cancellationToken);

    /// <summary>The questions one supplier asked about the tender, oldest first.</summary>
    Task<IReadOnlyList<Clarification>> AskedByAsync(Guid tenderId, Guid supplierId, CancellationToken cancellationToken);

    /// <summary>The published questions and answers, oldest answer first: what the public sees, never who asked.</summary>
    Task<IReadOnlyList<PublishedClarification>> PublishedAsync(Guid tenderId, CancellationToken cancellationToken);
}

/// <summary>A clarification as published: the question in the officer's wording, the answer, and when.</summary>
public sealed record PublishedClarification(Guid Id, string Question, string Answer, DateTimeOffset AnsweredAt);
