using Procurement.Application.Tenders.Ports;
using Procurement.Domain.Tenders;

namespace Procurement.Application.Tenders;

/// <summary>Checks a tender's lots against the reference data: CPV codes in the CPV 2008 vocabulary, units among the seeded ones.</summary>
internal static class TenderReferenceData
{
    /// <summary>The domain's <paramref name="problems"/> as field errors, plus each unknown CPV code and unit.</summary>
    public static async Task<List<FieldError>> ProblemsAsync(
        ITenderRepository tenders, IEnumerable<(string Field, string Message)> problems, TenderDetails details, CancellationToken cancellationToken)
    {
        var errors = problems.Select(p => new FieldError(p.Field, p.Message)).ToList();
        var lots = details.Lots.Select((lot, index) => (lot, index)).ToList();
        var wellFormed = lots.Where(l => !errors.Any(e => e.Field == $"Lots[{l.index}].CpvCode")).ToList();
        var unknownCpv = (await tenders.UnknownCpvCodesAsync(wellFormed.Select(l => l.lot.CpvCode!.Trim()).Distinct().ToList(), cancellationToken)).ToHashSet();
        var units = lots.Where(l => !string.IsNullOrWhiteSpace(l.lot.UnitCode)).ToList();
        var unknownUnits = (await tenders.UnknownUnitCodesAsync(units.Select(l => l.lot.UnitCode!.Trim().ToUpperInvariant()).Distinct().ToList(), cancellationToken)).ToHashSet();
        foreach (var (lot, index) in wellFormed.Where(l => unknownCpv.Contains(l.lot.CpvCode!.Trim())))
        {
            errors.Add(new FieldError($"Lots[{index}].CpvCode", $"{lot.CpvCode!.Trim()} is not in the CPV 2008 vocabulary; check the digits and the check digit after the hyphen."));
        }

        foreach (var (lot, index) in units.Where(l => unknownUnits.Contains(l.lot.UnitCode!.Trim().ToUpperInvariant())))
        {
            errors.Add(new FieldError($"Lots[{index}].UnitCode", $"{lot.UnitCode} is not one of the units offered; choose one from the list."));
        }

        return errors;
    }
}
