using System.Globalization;
using Procurement.Domain.Audit;

namespace Procurement.Domain.Tenders;

/// <summary>
/// A supplier's question about a published tender and the officer's answer. Who asked is never public: the officer
/// publishes the question in their own words (removing anything that identifies the asker) with the answer, and
/// every interested supplier is told (equal treatment, Directive 2014/24/EU Article 18 and 47(3)).
/// </summary>
public sealed class Clarification
{
    public const int MaxQuestionLength = 4_000;
    public const int MaxAnswerLength = 8_000;

    private Clarification()
    {
        Question = string.Empty;
    }

    private Clarification(Guid tenderId, Guid supplierId, Guid askedBy, string question, DateTimeOffset askedAt)
    {
        Id = Guid.NewGuid();
        TenderId = tenderId;
        SupplierId = supplierId;
        AskedBy = askedBy;
        Question = question;
        AskedAt = askedAt;
    }

    public Guid Id { get; private set; }
    public Guid TenderId { get; private set; }

    /// <summary>The asking supplier: never shown publicly.</summary>
    public Guid SupplierId { get; private set; }

    /// <summary>The supplier's user who asked: never shown publicly.</summary>
    public Guid AskedBy { get; private set; }

    /// <summary>The question as the supplier wrote it; seen by the supplier and the tender's officers only.</summary>
    public string Question { get; private set; }

    public DateTimeOffset AskedAt { get; private set; }

    /// <summary>The question as published with the answer, edited by the officer to say nothing about who asked.</summary>
    public string? PublishedQuestion { get; private set; }

    public string? Answer { get; private set; }
    public Guid? AnsweredBy { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }

    public bool IsAnswered => AnsweredAt is not null;

    /// <param name="now">The database server's time.</param>
    public static (Clarification Clarification, ClarificationEvent Event) Ask(Tender tender, Guid supplierId, Guid askedBy, string? question, DateTimeOffset now)
    {
        if (tender.Status != TenderStatus.Published)
        {
            throw new DomainRuleException(tender.Status == TenderStatus.Cancelled
                ? "This tender is cancelled: it takes no more questions."
                : "Questions can be asked only about a published tender.");
        }

        if (now >= tender.ClarificationDeadline)
        {
            throw new DomainRuleException(string.Create(CultureInfo.InvariantCulture,
                $"The deadline for questions passed on {tender.ClarificationDeadline:d MMMM yyyy HH:mm} UTC; the contracting authority no longer accepts questions about this tender."));
        }

        var text = question?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxQuestionLength)
        {
            throw new DomainRuleException($"Write your question, at most {MaxQuestionLength:N0} characters.");
        }

        var clarification = new Clarification(tender.Id, supplierId, askedBy, text, now);
        return (clarification, new ClarificationEvent(clarification, ClarificationEventKind.Asked, text, askedBy, now));
    }

    /// <param name="publishedQuestion">The question as it will be published; the officer removes anything that identifies the asker.</param>
    /// <param name="now">The database server's time.</param>
    public ClarificationEvent Publish(Tender tender, string? publishedQuestion, string? answer, Guid officerId, DateTimeOffset now)
    {
        if (tender.Id != TenderId)
        {
            throw new DomainRuleException("This question is about another tender.");
        }

        if (IsAnswered)
        {
            throw new DomainRuleException("This question is already answered.");
        }

        if (tender.Status != TenderStatus.Published)
        {
            throw new DomainRuleException("Answers can be published only while the tender is published; this one is cancelled.");
        }

        if (now >= tender.SubmissionDeadline)
        {
            throw new DomainRuleException("The submission deadline has passed: answers can no longer be published for this tender.");
        }

        var problems = AnswerProblems(publishedQuestion, answer);
        if (problems.Count > 0)
        {
            throw new DomainRuleException(problems[0].Message);
        }

        var questionText = publishedQuestion!.Trim();
        var answerText = answer!.Trim();
        PublishedQuestion = questionText;
        Answer = answerText;
        AnsweredBy = officerId;
        AnsweredAt = now;
        return new ClarificationEvent(this, ClarificationEventKind.Answered, $"Q: {questionText}\nA: {answerText}", officerId, now);
    }

    /// <summary>What is wrong with an answer as typed, by field (<c>PublishedQuestion</c>, <c>Answer</c>); empty when it can be published.</summary>
    public static IReadOnlyList<(string Field, string Message)> AnswerProblems(string? publishedQuestion, string? answer)
    {
        var problems = new List<(string, string)>();
        var questionText = publishedQuestion?.Trim();
        if (string.IsNullOrEmpty(questionText) || questionText.Length > MaxQuestionLength)
        {
            problems.Add((nameof(PublishedQuestion), $"Enter the question as it will be published, at most {MaxQuestionLength:N0} characters, without anything that identifies who asked."));
        }

        var answerText = answer?.Trim();
        if (string.IsNullOrEmpty(answerText) || answerText.Length > MaxAnswerLength)
        {
            problems.Add((nameof(Answer), $"Write the answer, at most {MaxAnswerLength:N0} characters; it is published on the tender page."));
        }

        return problems;
    }
}

public enum ClarificationEventKind
{
    Asked,
    Answered,
}

/// <summary>A question asked or an answer published, kept for good and written to the audit log.</summary>
public sealed class ClarificationEvent : IAuditedEvent
{
    private ClarificationEvent()
    {
    }

    internal ClarificationEvent(Clarification clarification, ClarificationEventKind kind, string? detail, Guid by, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        ClarificationId = clarification.Id;
        TenderId = clarification.TenderId;
        Kind = kind;
        Detail = detail;
        By = by;
        At = at;
    }

    public Guid Id { get; private set; }
    public Guid ClarificationId { get; private set; }
    public Guid TenderId { get; private set; }
    public ClarificationEventKind Kind { get; private set; }
    public string? Detail { get; private set; }
    public Guid By { get; private set; }
    public DateTimeOffset At { get; private set; }

    string IAuditedEvent.AuditSubject => $"tender:{TenderId:D}";

    string IAuditedEvent.AuditAction => $"clarification.{AuditNames.Of(Kind)}";

    Guid IAuditedEvent.AuditActor => By;

    DateTimeOffset IAuditedEvent.AuditAt => At;

    string? IAuditedEvent.AuditDetail => $"clarification {ClarificationId:D}: {Detail}";
}
