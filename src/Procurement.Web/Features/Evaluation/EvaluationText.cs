using System.Globalization;
using Procurement.Domain.Evaluation;
using Procurement.Web.Features.Tenders;

namespace Procurement.Web.Features.Evaluation;

/// <summary>How the evaluation pages word declarations and numbers.</summary>
public static class EvaluationText
{
    public static string Declaration(CommitteeMember member) => member.Declaration switch
    {
        Domain.Evaluation.Declaration.NoConflict => $"No conflict, declared {TenderText.Utc(member.DeclaredAt!.Value)}",
        Domain.Evaluation.Declaration.Conflict => $"Conflict declared {TenderText.Utc(member.DeclaredAt!.Value)}: {member.ConflictStatement}",
        _ => "Not yet signed",
    };

    /// <summary>A score or points as shown: two decimals, invariant so that the report reads the same everywhere.</summary>
    public static string Number(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>An exact intermediate value, up to six decimals, for the "how it was computed" lines.</summary>
    public static string Exact(decimal value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
