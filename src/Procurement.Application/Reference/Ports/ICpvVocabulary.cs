namespace Procurement.Application.Reference.Ports;

/// <summary>
/// The CPV 2008 vocabulary (9,454 codes with English labels) as a searchable index. The vocabulary never changes
/// while the app runs, so an adapter may build the index once and hand out the same one every time.
/// </summary>
public interface ICpvVocabulary
{
    Task<CpvCodeIndex> IndexAsync(CancellationToken cancellationToken);
}
