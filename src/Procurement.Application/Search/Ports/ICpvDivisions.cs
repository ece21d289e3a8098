namespace Procurement.Application.Search.Ports;

/// <summary>Names of the 45 CPV divisions ("45" → "Construction work"), for facet labels and filters.</summary>
public interface ICpvDivisions
{
    Task<IReadOnlyDictionary<string, string>> LabelsAsync(CancellationToken cancellationToken);
}
