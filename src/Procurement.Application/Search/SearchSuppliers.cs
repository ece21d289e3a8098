using Procurement.Application.Search.Ports;
using Procurement.Domain.Reference;
using Procurement.Domain.Suppliers;

namespace Procurement.Application.Search;

/// <summary>A search of the public supplier directory, as a person or a program asks for it.</summary>
public sealed record SearchSuppliers(
    string? Text,
    IReadOnlyList<string> Cpv,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Sizes,
    string? Sort,
    int Page = 1,
    int PageSize = 20);

public sealed record SearchSuppliersOutcome(IReadOnlyList<FieldError> Errors, SupplierSearchResult? Result);

public static class SearchSuppliersValidator
{
    public const int MaxTextLength = 200;

    /// <summary>How deep paging may go: Elasticsearch refuses from + size beyond 10,000 by default.</summary>
    public const int MaxResultDepth = 10_000;

    public static IReadOnlyList<FieldError> Validate(SearchSuppliers search)
    {
        var errors = new List<FieldError>();
        if (search.Text?.Length > MaxTextLength)
        {
            errors.Add(new("q", $"Search for at most {MaxTextLength} characters."));
        }

        foreach (var prefix in search.Cpv.Where(prefix => !CpvCode.IsPrefix(prefix)))
        {
            errors.Add(new("cpv", $"'{prefix}' is not a CPV prefix: give 2 to 8 digits, like 45 (construction) or 4523."));
        }

        foreach (var size in search.Sizes.Where(size => !Enum.TryParse<SupplierSize>(size, ignoreCase: true, out _)))
        {
            errors.Add(new("size", $"'{size}' is not a company size: use micro, small, medium or large."));
        }

        if (search.Sort is not (null or "" or "relevance" or "name"))
        {
            errors.Add(new("sort", "Sort by 'relevance' or 'name'."));
        }

        if (search.Page < 1)
        {
            errors.Add(new("page", "Pages count from 1."));
        }

        if (search.PageSize is < 1 or > SupplierQuery.MaxPageSize)
        {
            errors.Add(new("pageSize", $"Ask for 1 to {SupplierQuery.MaxPageSize} suppliers a page."));
        }
        else if ((long)search.Page * search.PageSize > MaxResultDepth)
        {
            errors.Add(new("page", $"Results can be paged through up to the first {MaxResultDepth:N0}; add words or filters to narrow the search."));
        }

        return errors;
    }
}

/// <summary>Searches verified suppliers only: the public never sees unverified, rejected or suspended ones.</summary>
public sealed class SearchSuppliersHandler(ISupplierSearch search)
{
    public async Task<SearchSuppliersOutcome> HandleAsync(SearchSuppliers request, CancellationToken cancellationToken)
    {
        var errors = SearchSuppliersValidator.Validate(request);
        if (errors.Count > 0)
        {
            return new(errors, null);
        }

        var query = new SupplierQuery(
            string.IsNullOrWhiteSpace(request.Text) ? null : request.Text.Trim(),
            request.Cpv,
            request.Regions.Where(region => !string.IsNullOrWhiteSpace(region)).ToList(),
            request.Sizes.Select(size => Enum.Parse<SupplierSize>(size, ignoreCase: true)).ToList(),
            [VerificationStatus.Verified],
            request.Sort == "name" ? SupplierSort.Name : SupplierSort.Relevance,
            request.Page,
            request.PageSize);
        return new([], await search.SearchAsync(query, cancellationToken));
    }
}
