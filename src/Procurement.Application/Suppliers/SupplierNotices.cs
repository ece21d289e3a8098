using Procurement.Application.Notifications.Ports;
using Procurement.Domain.Suppliers;

namespace Procurement.Application.Suppliers;

/// <summary>What the company's users are told about each decision on it.</summary>
internal static class SupplierNotices
{
    public static Notice For(string company, SupplierDecision decision) => decision.Kind switch
    {
        SupplierDecisionKind.Verified => new($"{company} is verified on Procurement",
            $"{company} has been verified. It now appears in the public supplier directory, and may bid for tenders as they are published."),
        SupplierDecisionKind.Rejected => new($"{company} could not be verified",
            $"""
            An officer could not verify the details of {company}:

            {decision.Reason}

            Sign in, correct your company's details and submit them again.
            """),
        SupplierDecisionKind.InformationRequested => new($"An officer needs more information about {company}",
            $"""
            Before deciding on the verification of {company}, an officer asks:

            {decision.Reason}

            Sign in, add or correct your company's details under My company and submit them again.
            """),
        SupplierDecisionKind.Suspended => new($"{company} is suspended on Procurement",
            $"""
            {company} has been suspended: it cannot bid and does not appear in the public directory.

            Reason: {decision.Reason}

            If you think this is wrong, reply to the contracting authority that notified you or contest it through the complaints procedure.
            """),
        SupplierDecisionKind.Reinstated => new($"{company} is reinstated on Procurement",
            $"The suspension of {company} has ended. It can bid again and appears in the public directory."),
        SupplierDecisionKind.DebarmentEnded => new($"The debarment of {company} has ended",
            $"The debarment period of {company} is over ({decision.Reason?.ToLowerInvariant()}). It can bid again and appears in the public directory."),
        SupplierDecisionKind.IdentityChangeApproved => new($"{company}: change of legal details approved",
            $"""
            An officer has approved the change to your company's legal details ({decision.Reason}).
            Your company stays verified under its new details.
            """),
        SupplierDecisionKind.IdentityChangeRejected => new($"{company}: change of legal details not accepted",
            $"""
            An officer could not accept the change to your company's legal details:

            {decision.Reason}

            Your company stays verified under its current details. Sign in and correct the change under My company if needed.
            """),
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision.Kind, "No notice is sent for this decision."),
    };
}
