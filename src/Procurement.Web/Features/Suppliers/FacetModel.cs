using Procurement.Application.Search.Ports;

namespace Procurement.Web.Features.Suppliers;

/// <summary>One group of filter checkboxes with the number of matching suppliers beside each value.</summary>
public sealed record FacetModel(string Name, string Legend, IReadOnlyList<FacetCount> Counts, IReadOnlyList<string> Selected, Func<string, string> Label);

public sealed record PaginationModel(int Page, int PageSize, long Total, Func<int, string> QueryForPage)
{
    public int PageCount => (int)Math.Max(1, (Total + PageSize - 1) / PageSize);
}
