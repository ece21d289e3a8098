using System.Security.Cryptography;
using Procurement.Domain.Files;

namespace Procurement.Domain.Tenders;

/// <summary>
/// A procurement document of a tender (specification, terms, price schedule …): its description, with the file's bytes
/// stored apart so that listing tenders never reads them. Public with the tender, with its SHA-256 so anyone can check
/// a copy.
/// </summary>
public sealed class TenderDocument
{
    public const int MaxTitleLength = 200;

    /// <summary>PDF, Word, Excel and ZIP: what tender documents are written in, recognised by content.</summary>
    public static readonly IReadOnlyList<FileType> AcceptedTypes = [FileType.Pdf, FileType.Docx, FileType.Xlsx, FileType.Zip];

    private TenderDocument()
    {
        Title = FileName = ContentType = Sha256 = string.Empty;
    }

    private TenderDocument(string title, string fileName, FileType type, long sizeBytes, string sha256, DateTimeOffset uploadedAt)
    {
        Id = Guid.NewGuid();
        Title = title;
        FileName = fileName;
        ContentType = type.ContentType;
        SizeBytes = sizeBytes;
        Sha256 = sha256;
        UploadedAt = uploadedAt;
    }

    public Guid Id { get; private set; }

    /// <summary>What the document is, e.g. "Technical specification".</summary>
    public string Title { get; private set; }

    public string FileName { get; private set; }

    /// <summary>The type found in the content, never the one the browser claimed.</summary>
    public string ContentType { get; private set; }

    public long SizeBytes { get; private set; }

    /// <summary>Lower-case hexadecimal SHA-256 of the file.</summary>
    public string Sha256 { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>Problems with a document's title and file, by field (Title, File).</summary>
    public static IReadOnlyList<(string Field, string Message)> Problems(string? title, ReadOnlySpan<byte> content, long maxBytes)
    {
        var problems = new List<(string, string)>();
        var limit = $"{maxBytes / (1024 * 1024)} MB";
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > MaxTitleLength)
        {
            problems.Add((nameof(Title), $"Say what the document is, at most {MaxTitleLength} characters, for example “Technical specification”."));
        }

        if (content.Length == 0)
        {
            problems.Add(("File", $"Choose the document: a PDF, Word (DOCX), Excel (XLSX) or ZIP file of at most {limit}."));
        }
        else if (content.Length > maxBytes)
        {
            problems.Add(("File", $"The file is larger than {limit}. Split it, or compress it into a ZIP file of at most {limit}."));
        }
        else if (FileType.Detect(content) is not { } type || !AcceptedTypes.Contains(type))
        {
            problems.Add(("File", "The file is not a PDF, Word (DOCX), Excel (XLSX) or ZIP file. Its content was checked, not its name: save it in one of these formats."));
        }

        return problems;
    }

    public static TenderDocument Describe(string title, string fileName, ReadOnlySpan<byte> content, long maxBytes, DateTimeOffset uploadedAt)
    {
        var problems = Problems(title, content, maxBytes);
        if (problems.Count > 0)
        {
            throw new DomainRuleException(problems[0].Message);
        }

        var type = FileType.Detect(content)!;
        return new TenderDocument(title.Trim(), type.SafeFileName(fileName, "document"), type, content.Length, Convert.ToHexStringLower(SHA256.HashData(content)), uploadedAt);
    }
}
