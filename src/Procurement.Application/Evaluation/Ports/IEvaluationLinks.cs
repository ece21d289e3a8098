namespace Procurement.Application.Evaluation.Ports;

/// <summary>Absolute links to the evaluation pages, for notifications and e-mail.</summary>
public interface IEvaluationLinks
{
    /// <summary>A committee member's page for the tender's evaluation (declaration, scoring).</summary>
    Uri MemberPage(Guid tenderId);

    /// <summary>The officer's page for the tender's evaluation committee.</summary>
    Uri OfficerPage(Guid tenderId);
}
