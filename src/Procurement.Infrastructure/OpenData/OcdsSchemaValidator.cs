using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Procurement.Infrastructure.OpenData;

/// <summary>
/// Checks OCDS output against the OCDS 1.1.5 JSON Schema shipped with the product (OpenData/Schema/ocds-1.1.5, embedded):
/// the release package schema, whose <c>$ref</c> to the release schema's URL is resolved to the embedded release schema
/// (never fetched), and the closed codelists read from their CSV files, for every field that uses one. Thread-safe;
/// load once (<see cref="LoadAsync"/>) and share.
/// </summary>
public sealed class OcdsSchemaValidator
{
    /// <summary>The release schema's <c>id</c>, as the package schema refers to it.</summary>
    public const string ReleaseSchemaUrl = "https://standard.open-contracting.org/schema/1__1__5/release-schema.json";

    private static readonly string[] _recordPackageFields = ["uri", "publisher", "publishedDate", "records", "version"];

    private readonly JsonSchema _release;
    private readonly JsonSchema _package;
    private readonly FrozenDictionary<string, FrozenSet<string>> _closedCodelists;

    private OcdsSchemaValidator(JsonSchema release, JsonSchema package, FrozenDictionary<string, FrozenSet<string>> closedCodelists)
    {
        _release = release;
        _package = package;
        _closedCodelists = closedCodelists;
    }

    public static async Task<OcdsSchemaValidator> LoadAsync(CancellationToken cancellationToken = default)
    {
        var release = await JsonSchema.FromJsonAsync(Resource("ocds/release-schema.json"), null, cancellationToken);
        var factory = JsonReferenceResolver.CreateJsonReferenceResolverFactory(new DefaultTypeNameGenerator());
        var package = await JsonSchema.FromJsonAsync(
            Resource("ocds/release-package-schema.json"),
            null,
            schema =>
            {
                var resolver = factory(schema);
                resolver.AddDocumentReference(ReleaseSchemaUrl, release);
                return resolver;
            },
            cancellationToken);
        var codelists = ClosedCodelistFiles.Distinct().ToFrozenDictionary(name => name, name => Codes(Resource($"ocds/codelists/{name}")));
        return new OcdsSchemaValidator(release, package, codelists);
    }

    /// <summary>Problems of a release package (schema and closed codelists); empty when valid.</summary>
    public IReadOnlyList<string> ValidateReleasePackage(string json)
    {
        var problems = Errors(_package.Validate(json));
        if (JsonNode.Parse(json)?["releases"] is JsonArray releases)
        {
            for (var i = 0; i < releases.Count; i++)
            {
                problems.AddRange(CodelistProblems(releases[i], $"releases[{i}]"));
            }
        }

        return problems;
    }

    /// <summary>Problems of one release (schema and closed codelists); empty when valid.</summary>
    public IReadOnlyList<string> ValidateRelease(string json)
    {
        var problems = Errors(_release.Validate(json));
        problems.AddRange(CodelistProblems(JsonNode.Parse(json), "release"));
        return problems;
    }

    /// <summary>
    /// Problems of a record package: the package fields OCDS requires, and every embedded release and compiled release
    /// checked as a release (the record package schema is not shipped: records here embed full releases).
    /// </summary>
    public IReadOnlyList<string> ValidateRecordPackage(string json)
    {
        var problems = new List<string>();
        if (JsonNode.Parse(json) is not JsonObject package)
        {
            return ["The record package is not a JSON object."];
        }

        problems.AddRange(_recordPackageFields.Where(field => package[field] is null).Select(field => $"The record package has no '{field}'."));
        if (package["records"] is not JsonArray { Count: > 0 } records)
        {
            problems.Add("The record package has no records.");
            return problems;
        }

        foreach (var record in records)
        {
            if (record?["ocid"] is null || record["releases"] is not JsonArray { Count: > 0 } releases || record["compiledRelease"] is not JsonObject compiled)
            {
                problems.Add("A record needs an ocid, releases and a compiledRelease.");
                continue;
            }

            foreach (var release in releases)
            {
                problems.AddRange(ValidateRelease(release!.ToJsonString()).Select(p => $"{release["id"]}: {p}"));
            }

            problems.AddRange(ValidateRelease(compiled.ToJsonString()).Select(p => $"compiledRelease: {p}"));
        }

        return problems;
    }

    /// <summary>The closed codelists and the fields that use them (OCDS 1.1.5 release schema, <c>"openCodelist": false</c>).</summary>
    private static readonly (string Path, string Codelist)[] _closedCodelistFields =
    [
        ("tag[]", "releaseTag.csv"),
        ("initiationType", "initiationType.csv"),
        ("tender.status", "tenderStatus.csv"),
        ("tender.lots[].status", "tenderStatus.csv"),
        ("tender.procurementMethod", "method.csv"),
        ("tender.mainProcurementCategory", "procurementCategory.csv"),
        ("awards[].status", "awardStatus.csv"),
        ("contracts[].status", "contractStatus.csv"),
        ("tender.milestones[].status", "milestoneStatus.csv"),
        ("contracts[].milestones[].status", "milestoneStatus.csv"),
        ("planning.milestones[].status", "milestoneStatus.csv"),
    ];

    private static IEnumerable<string> ClosedCodelistFiles => _closedCodelistFields.Select(f => f.Codelist).Append("currency.csv");

    private List<string> CodelistProblems(JsonNode? release, string where)
    {
        var problems = new List<string>();
        foreach (var (path, codelist) in _closedCodelistFields)
        {
            foreach (var value in Values(release, path.Split('.')))
            {
                if (!_closedCodelists[codelist].Contains(value))
                {
                    problems.Add($"{where}.{path}: '{value}' is not a code of the closed codelist {codelist}.");
                }
            }
        }

        // Value.currency, wherever a Value object is (tender.value, lots, awards, contracts, transactions …).
        foreach (var currency in Currencies(release))
        {
            if (!_closedCodelists["currency.csv"].Contains(currency))
            {
                problems.Add($"{where}: currency '{currency}' is not a code of the closed codelist currency.csv.");
            }
        }

        return problems;
    }

    private static IEnumerable<string> Values(JsonNode? node, ReadOnlyMemory<string> path)
    {
        if (node is null)
        {
            yield break;
        }

        if (path.Length == 0)
        {
            if (node is JsonValue value && value.TryGetValue<string>(out var text))
            {
                yield return text;
            }

            yield break;
        }

        var step = path.Span[0];
        var isArray = step.EndsWith("[]", StringComparison.Ordinal);
        var child = node is JsonObject obj ? obj[isArray ? step[..^2] : step] : null;
        if (isArray && child is JsonArray array)
        {
            foreach (var item in array)
            {
                foreach (var found in Values(item, path[1..]))
                {
                    yield return found;
                }
            }
        }
        else if (!isArray)
        {
            foreach (var found in Values(child, path[1..]))
            {
                yield return found;
            }
        }
    }

    private static IEnumerable<string> Currencies(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    if (name == "currency" && child is JsonValue value && value.TryGetValue<string>(out var code))
                    {
                        yield return code;
                    }

                    foreach (var found in Currencies(child))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonArray array:
                foreach (var found in array.SelectMany(Currencies))
                {
                    yield return found;
                }

                break;
        }
    }

    private static List<string> Errors(ICollection<ValidationError> errors)
    {
        var problems = new List<string>();
        foreach (var error in errors)
        {
            Describe(error, problems);
        }

        return problems;
    }

    private static void Describe(ValidationError error, List<string> problems)
    {
        if (error is ChildSchemaValidationError child)
        {
            foreach (var nested in child.Errors.SelectMany(e => e.Value))
            {
                Describe(nested, problems);
            }

            if (child.Errors.Count > 0)
            {
                return;
            }
        }

        problems.Add($"{error.Path ?? "#"}: {error.Kind}{(error.Property is null ? null : $" ({error.Property})")}");
    }

    private static FrozenSet<string> Codes(string csv)
    {
        // The code is the column headed "Code" (first, except in documentType.csv); codes never contain commas or quotes.
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var column = Array.IndexOf(lines[0].Split(','), "Code");
        return lines.Skip(1).Select(line => line.Split(',')[column]).Where(code => code.Length > 0).ToFrozenSet(StringComparer.Ordinal);
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The OCDS schema resource {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
