namespace Procurement.Domain.Tenders;

public enum TenderStatus
{
    /// <summary>Being written by the agency; not public, and the only state in which the tender can be edited.</summary>
    Draft,

    /// <summary>Complete and waiting for its publication time; the scheduled job publishes it.</summary>
    Scheduled,

    /// <summary>Public, with a reference, an ocid and an opening key. Closed for bids once the submission deadline passes.</summary>
    Published,

    /// <summary>Withdrawn with a public reason; its bids are never opened.</summary>
    Cancelled,

    /// <summary>Its bids were opened at the deadline; the opening record is written. Evaluation follows.</summary>
    Opened,

    /// <summary>An evaluation committee is named and evaluates the opened bids; an upheld complaint also comes back here.</summary>
    Evaluation,

    /// <summary>The award decision is notified to every bidder and the standstill period runs; complaints may be lodged.</summary>
    Standstill,

    /// <summary>The standstill ended with no open complaint and at least one lot awarded: the award notice is published.</summary>
    Awarded,

    /// <summary>The standstill ended with every lot declared unsuccessful, each with a public reason.</summary>
    Unsuccessful,
}

public enum ProcurementProcedure
{
    /// <summary>Any interested supplier may bid (Directive 2014/24/EU, Article 27).</summary>
    OpenProcedure,

    /// <summary>A simpler competition for low-value purchases: quotations against a short specification.</summary>
    RequestForQuotations,
}

public enum EvaluationMethod
{
    /// <summary>The compliant bid with the lowest price wins.</summary>
    LowestPrice,

    /// <summary>The most economically advantageous tender: weighted criteria summing to 100, price always one of them (Article 67).</summary>
    BestValue,
}

public enum TenderEventKind
{
    DraftCreated,
    DraftEdited,
    DocumentAdded,
    DocumentRemoved,
    PublicationScheduled,
    PublicationUnscheduled,
    Published,

    /// <summary>A scheduled publication found the tender no longer valid at its time (a deadline too close); it went back to draft.</summary>
    PublicationFailed,
    Cancelled,

    /// <summary>A published tender was amended: a new version, with its change summary and whether it is material.</summary>
    Amended,

    /// <summary>The opening key was bound to a later submission deadline (the same key pair, wrapped again).</summary>
    OpeningPostponed,

    /// <summary>The opening job opened the sealed bids; the detail gives the number of bids.</summary>
    BidsOpened,

    /// <summary>The evaluation committee was named; evaluation began.</summary>
    EvaluationStarted,

    /// <summary>The award decision was notified and the standstill period began; the detail gives its end.</summary>
    AwardDecided,

    /// <summary>An upheld complaint sent the tender back to evaluation; the detail gives the reason.</summary>
    EvaluationReopened,

    /// <summary>The standstill ended with no open complaint: the award is final (or every lot unsuccessful).</summary>
    AwardFinalised,
}
