using Procurement.Application.Reference.Ports;

namespace Procurement.Application.Reference;

/// <summary>A search of the CPV vocabulary as someone types: a code or its beginning, or words of the label.</summary>
public sealed record SearchCpvCodes(string? Text, int? Limit);

public sealed record SearchCpvCodesOutcome(IReadOnlyList<FieldError> Errors, IReadOnlyList<CpvCodeMatch>? Items);

public static class SearchCpvCodesValidator
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 50;
    public const int MaxTextLength = 100;

    public static IReadOnlyList<FieldError> Validate(SearchCpvCodes search)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(search.Text))
        {
            errors.Add(new("q", "Give a CPV code or its first digits (4521), or words of its label (road construction)."));
        }
        else if (search.Text.Length > MaxTextLength)
        {
            errors.Add(new("q", $"Search for at most {MaxTextLength} characters."));
        }

        if (search.Limit is < 1 or > MaxLimit)
        {
            errors.Add(new("limit", $"Ask for 1 to {MaxLimit} codes."));
        }

        return errors;
    }
}

public sealed class SearchCpvCodesHandler(ICpvVocabulary vocabulary)
{
    public async Task<SearchCpvCodesOutcome> HandleAsync(SearchCpvCodes search, CancellationToken cancellationToken)
    {
        var errors = SearchCpvCodesValidator.Validate(search);
        if (errors.Count > 0)
        {
            return new(errors, null);
        }

        var index = await vocabulary.IndexAsync(cancellationToken);
        return new([], index.Search(search.Text!, search.Limit ?? SearchCpvCodesValidator.DefaultLimit));
    }
}
