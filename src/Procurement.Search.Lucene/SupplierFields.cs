using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Procurement.Application.Search.Ports;
using Procurement.Domain.Reference;

namespace Procurement.Search.Lucene;

/// <summary>The index's field names and how a <see cref="SupplierDocument"/> becomes a Lucene document.</summary>
internal static class SupplierFields
{
    public const string Id = "id";
    public const string Name = "name";
    public const string NameWords = "name_words";
    public const string NameSort = "name_sort";
    public const string Description = "description";

    /// <summary>A binary doc value with what a result shows (<see cref="SupplierDisplay"/>); nothing else is stored.</summary>
    public const string Display = "display";

    /// <summary>Every searchable word of the supplier (names, description, CPV labels), stemmed: what a word matches exactly.</summary>
    public const string AllText = "text";

    /// <summary>The same words as typed (not stemmed): the term dictionary prefixes and typos expand in.</summary>
    public const string AllWords = "words";
    public const string CpvPrefix = "cpv";
    public const string CpvCodes = "cpv_codes";
    public const string Division = "division";
    public const string Region = "region";
    public const string Size = "size";
    public const string Status = "status";

    public static readonly string[] Facets = [Division, Region, Size];

    private static readonly FieldType _searchedText = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS });
    private static readonly FieldType _matchedWords = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_ONLY, OmitNorms = true });

    public static Analyzer CreateAnalyzer()
    {
        var plain = new SupplierTextAnalyzer(stem: false);
        return new PerFieldAnalyzerWrapper(new SupplierTextAnalyzer(stem: true), new Dictionary<string, Analyzer> { [NameWords] = plain, [AllWords] = plain });
    }

    public static string IdTerm(Guid id) => id.ToString("D");

    public static Document ToLucene(SupplierDocument supplier)
    {
        var id = IdTerm(supplier.Id);
        var document = new Document
        {
            new StringField(Id, id, Field.Store.NO),
            new SortedDocValuesField(Id, new BytesRef(id)),
            new TextField(Name, supplier.LegalName, Field.Store.NO),
            new TextField(NameWords, supplier.LegalName, Field.Store.NO),
            new SortedDocValuesField(NameSort, new BytesRef(supplier.LegalName.ToLowerInvariant())),
            SupplierDisplay.Field(supplier),
            new StringField(Region, supplier.Region, Field.Store.NO),
            new SortedSetDocValuesField(Region, new BytesRef(supplier.Region)),
            new StringField(Size, supplier.Size.ToString(), Field.Store.NO),
            new SortedSetDocValuesField(Size, new BytesRef(supplier.Size.ToString())),
            new StringField(Status, supplier.Status.ToString(), Field.Store.NO),
        };
        if (!string.IsNullOrWhiteSpace(supplier.TradingName))
        {
            document.Add(new TextField(Name, supplier.TradingName, Field.Store.NO));
            document.Add(new TextField(NameWords, supplier.TradingName, Field.Store.NO));
        }

        foreach (var text in new[] { supplier.LegalName, supplier.TradingName, supplier.Description }.Concat(supplier.CpvLabels))
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                document.Add(new Field(AllText, text, _searchedText));
                document.Add(new Field(AllWords, text, _matchedWords));
            }
        }

        AddCpvCodes(document, supplier.CpvCodes);
        return document;
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    private static void AddCpvCodes(Document document, IReadOnlyList<string> codes)
    {
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        var divisions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in codes.Select(CpvCode.Normalise))
        {
            divisions.Add(code[..2]);
            // Every prefix of the eight digits, a superset of CpvCode.Ancestors: the port promises "any code starts with
            // the prefix", and Ancestors stops at trailing zeros (45000000 gives only "45", yet starts with "4500").
            var digits = code[..8];
            prefixes.UnionWith(Enumerable.Range(2, 7).Select(length => digits[..length]));
        }

        foreach (var prefix in prefixes)
        {
            document.Add(new StringField(CpvPrefix, prefix, Field.Store.NO));
        }

        foreach (var division in divisions)
        {
            document.Add(new StringField(Division, division, Field.Store.NO));
            document.Add(new SortedSetDocValuesField(Division, new BytesRef(division)));
        }
    }
}
