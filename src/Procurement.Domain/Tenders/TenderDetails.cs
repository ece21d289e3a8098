namespace Procurement.Domain.Tenders;

/// <summary>
/// Everything an officer writes in a draft, as typed: <see cref="Problems(DateTimeOffset)"/> lists what is wrong by field, using the
/// names of the draft form (<c>Lots[0].CpvCode</c>, <c>Criteria[1].Weight</c>), so every message lands beside its input.
/// </summary>
/// <param name="PriceWeight">The weight of price for best value; ignored for lowest price.</param>
/// <param name="Criteria">The quality criteria besides price, for best value; ignored for lowest price.</param>
/// <param name="ShortPeriodJustification">Why the submission period may be shorter than the minimum, when it is.</param>
public sealed record TenderDetails(
    string? Title,
    string? Description,
    ProcurementProcedure Procedure,
    EvaluationMethod EvaluationMethod,
    DateTimeOffset? ClarificationDeadline,
    DateTimeOffset? SubmissionDeadline,
    string? ShortPeriodJustification,
    IReadOnlyList<LotDetails> Lots,
    int? PriceWeight,
    IReadOnlyList<CriterionDetails> Criteria)
{
    public const int MaxTitleLength = 300;
    public const int MaxDescriptionLength = 10_000;
    public const int MaxJustificationLength = 2_000;
    public const int MaxLots = 50;
    public const int MaxCriteria = 10;

    public IReadOnlyList<(string Field, string Message)> Problems(DateTimeOffset now) => Problems(now, keptClarificationDeadline: null);

    /// <param name="keptClarificationDeadline">
    /// For an amendment: the published clarification deadline, which may already have passed and stays valid unchanged.
    /// </param>
    public IReadOnlyList<(string Field, string Message)> Problems(DateTimeOffset now, DateTimeOffset? keptClarificationDeadline)
    {
        var problems = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(Title) || Title.Trim().Length > MaxTitleLength)
        {
            problems.Add((nameof(Title), $"Enter the tender's title, at most {MaxTitleLength} characters, for example “Resurfacing of the A689”."));
        }

        if (string.IsNullOrWhiteSpace(Description) || Description.Trim().Length > MaxDescriptionLength)
        {
            problems.Add((nameof(Description), $"Describe what is being bought and why, at most {MaxDescriptionLength:N0} characters."));
        }

        AddDeadlineProblems(problems, now, keptClarificationDeadline);
        if ((ShortPeriodJustification?.Trim().Length ?? 0) > MaxJustificationLength)
        {
            problems.Add((nameof(ShortPeriodJustification), $"Keep the justification to at most {MaxJustificationLength:N0} characters."));
        }

        if (Lots.Count == 0)
        {
            problems.Add((nameof(Lots), "Add at least one lot: what is bought, its CPV code, quantity and estimated value."));
        }
        else if (Lots.Count > MaxLots)
        {
            problems.Add((nameof(Lots), $"A tender can have at most {MaxLots} lots."));
        }

        for (var i = 0; i < Lots.Count; i++)
        {
            problems.AddRange(Lots[i].Problems().Select(p => ($"{nameof(Lots)}[{i}].{p.Field}", p.Message)));
        }

        if (EvaluationMethod == EvaluationMethod.BestValue)
        {
            AddCriteriaProblems(problems);
        }

        return problems;
    }

    private void AddDeadlineProblems(List<(string, string)> problems, DateTimeOffset now, DateTimeOffset? keptClarificationDeadline)
    {
        if (ClarificationDeadline is not { } clarification)
        {
            problems.Add((nameof(ClarificationDeadline), "Enter the date and time (UTC) until which suppliers can ask questions."));
        }
        else if (clarification <= now && clarification != keptClarificationDeadline)
        {
            problems.Add((nameof(ClarificationDeadline), "The clarification deadline must be in the future."));
        }

        if (SubmissionDeadline is not { } submission)
        {
            problems.Add((nameof(SubmissionDeadline), "Enter the date and time (UTC) by which bids must be submitted."));
        }
        else if (submission <= now)
        {
            problems.Add((nameof(SubmissionDeadline), "The submission deadline must be in the future."));
        }
        else if (ClarificationDeadline is { } questions && questions >= submission)
        {
            problems.Add((nameof(ClarificationDeadline), "The clarification deadline must be before the submission deadline, so that answers reach suppliers before they bid."));
        }
    }

    private void AddCriteriaProblems(List<(string, string)> problems)
    {
        if (PriceWeight is not (>= 1 and <= 100))
        {
            problems.Add((nameof(PriceWeight), "Give price a weight from 1 to 100: for best value, price is always one of the criteria."));
        }

        if (Criteria.Count > MaxCriteria)
        {
            problems.Add((nameof(Criteria), $"Use at most {MaxCriteria} criteria besides price."));
        }

        for (var i = 0; i < Criteria.Count; i++)
        {
            problems.AddRange(Criteria[i].Problems().Select(p => ($"{nameof(Criteria)}[{i}].{p.Field}", p.Message)));
        }

        var total = (PriceWeight ?? 0) + Criteria.Sum(c => c.Weight ?? 0);
        if (total != 100)
        {
            problems.Add((nameof(Criteria), $"The weights of price and the other criteria must add up to 100; they add up to {total}."));
        }
    }
}

/// <param name="Quantity">How many units, up to three decimals (e.g. 1.5 tonnes).</param>
/// <param name="UnitCode">A UN/CEFACT Recommendation 20 code from the seeded units, e.g. <c>H87</c> (piece).</param>
public sealed record LotDetails(string? Title, string? Description, string? CpvCode, decimal? Quantity, string? UnitCode, decimal? EstimatedAmount, string? Currency)
{
    public const int MaxTitleLength = 300;
    public const int MaxDescriptionLength = 4_000;

    public IReadOnlyList<(string Field, string Message)> Problems()
    {
        var problems = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(Title) || Title.Trim().Length > MaxTitleLength)
        {
            problems.Add((nameof(Title), $"Enter the lot's title, at most {MaxTitleLength} characters."));
        }

        if ((Description?.Trim().Length ?? 0) > MaxDescriptionLength)
        {
            problems.Add((nameof(Description), $"Keep the lot's description to at most {MaxDescriptionLength:N0} characters."));
        }

        if (string.IsNullOrWhiteSpace(CpvCode) || !Reference.CpvCode.IsWellFormed(CpvCode))
        {
            problems.Add((nameof(CpvCode), "Enter the lot's CPV code: eight digits, a hyphen and a check digit, like 45233120-6."));
        }

        if (Quantity is not { } quantity || quantity <= 0 || quantity > 999_999_999_999m || decimal.Round(quantity, 3) != quantity)
        {
            problems.Add((nameof(Quantity), "Enter the quantity: a number greater than 0 with at most three decimals, for example 12 or 1.5."));
        }

        if (string.IsNullOrWhiteSpace(UnitCode) || UnitCode.Trim().Length > 3)
        {
            problems.Add((nameof(UnitCode), "Choose the unit the quantity is counted in, for example piece or tonne."));
        }

        if (EstimatedAmount is not { } amount || !Money.IsAmount(amount))
        {
            problems.Add((nameof(EstimatedAmount), "Enter the estimated value without tax: a positive amount with at most two decimals, for example 250000 or 1499.99."));
        }

        if (!Money.IsCurrencyCode(Currency?.Trim().ToUpperInvariant()))
        {
            problems.Add((nameof(Currency), "Enter the currency as its three-letter ISO 4217 code, for example GBP or EUR."));
        }

        return problems;
    }
}

/// <summary>A quality criterion for best value (price is given separately, as it is always one).</summary>
public sealed record CriterionDetails(string? Name, int? Weight)
{
    public const int MaxNameLength = 200;

    public IReadOnlyList<(string Field, string Message)> Problems()
    {
        var problems = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > MaxNameLength)
        {
            problems.Add((nameof(Name), $"Name the criterion, at most {MaxNameLength} characters, for example “Technical merit”."));
        }
        else if (Name.Trim().Equals("Price", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add((nameof(Name), "Price already has its own weight above; name a quality criterion here."));
        }

        if (Weight is not (>= 1 and <= 99))
        {
            problems.Add((nameof(Weight), "Give the criterion a weight from 1 to 99."));
        }

        return problems;
    }
}
