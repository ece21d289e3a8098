using System.Security.Cryptography;
using Procurement.Domain.Files;

namespace Procurement.Domain.Suppliers;

/// <summary>
/// A certificate the company holds (ISO 9001, Cyber Essentials, insurance...): what it is, who issued it, until when,
/// and the uploaded file's description. The file's bytes are stored apart, so listing suppliers never loads them.
/// </summary>
public sealed class SupplierCertificate
{
    public const int MaxPerSupplier = 10;
    public const long MaxFileBytes = 5 * 1024 * 1024;
    public const int MaxTextLength = 200;

    private SupplierCertificate()
    {
        Name = Issuer = FileName = ContentType = Sha256 = string.Empty;
    }

    private SupplierCertificate(string name, string issuer, DateOnly? expiresOn, string fileName, string contentType, long sizeBytes, string sha256, DateTimeOffset uploadedAt)
    {
        Id = Guid.NewGuid();
        Name = name;
        Issuer = issuer;
        ExpiresOn = expiresOn;
        FileName = fileName;
        ContentType = contentType;
        SizeBytes = sizeBytes;
        Sha256 = sha256;
        UploadedAt = uploadedAt;
    }

    public Guid Id { get; private set; }

    /// <summary>What the certificate is, e.g. "ISO 9001:2015 quality management".</summary>
    public string Name { get; private set; }

    public string Issuer { get; private set; }
    public DateOnly? ExpiresOn { get; private set; }

    /// <summary>The uploaded file's own name, without any folder, for the download.</summary>
    public string FileName { get; private set; }

    /// <summary>The type found in the file's content, never the one the browser claimed.</summary>
    public string ContentType { get; private set; }

    public long SizeBytes { get; private set; }

    /// <summary>Lower-case hexadecimal SHA-256 of the file, so a copy can be checked against what was uploaded.</summary>
    public string Sha256 { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public bool HasExpired(DateOnly today) => ExpiresOn is { } end && end < today;

    /// <summary>Every problem with a certificate's description and file, by field (Name, Issuer, ExpiresOn, File).</summary>
    public static IReadOnlyList<(string Part, string Message)> Problems(string name, string issuer, DateOnly? expiresOn, ReadOnlySpan<byte> content, DateOnly today)
    {
        var problems = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxTextLength)
        {
            problems.Add((nameof(Name), $"Enter what the certificate is, for example ISO 9001 quality management, at most {MaxTextLength} characters."));
        }

        if (string.IsNullOrWhiteSpace(issuer) || issuer.Trim().Length > MaxTextLength)
        {
            problems.Add((nameof(Issuer), $"Enter who issued the certificate, at most {MaxTextLength} characters."));
        }

        if (expiresOn is { } end && end < today)
        {
            problems.Add((nameof(ExpiresOn), "This certificate has expired; upload a current one, or leave the date empty if it does not expire."));
        }

        if (content.Length == 0)
        {
            problems.Add(("File", "Choose the certificate's file: a PDF, PNG or JPEG of at most 5 MB."));
        }
        else if (content.Length > MaxFileBytes)
        {
            problems.Add(("File", "The file is larger than 5 MB. Upload a smaller copy, for example a PDF saved for the web."));
        }
        else if (CertificateFileType.Detect(content) is null)
        {
            problems.Add(("File", "The file is not a PDF, PNG or JPEG. Its content was checked, not its name: save or scan the certificate as one of these."));
        }

        return problems;
    }

    /// <summary>A certificate for <paramref name="content"/>, which must pass <see cref="Problems"/>.</summary>
    public static SupplierCertificate Describe(string name, string issuer, DateOnly? expiresOn, string fileName, ReadOnlySpan<byte> content, DateTimeOffset uploadedAt)
    {
        var problems = Problems(name, issuer, expiresOn, content, DateOnly.FromDateTime(uploadedAt.UtcDateTime));
        if (problems.Count > 0)
        {
            throw new DomainRuleException(problems[0].Message);
        }

        var type = CertificateFileType.Detect(content)!;
        return new SupplierCertificate(
            name.Trim(), issuer.Trim(), expiresOn, type.SafeFileName(fileName, "certificate"), type.ContentType, content.Length,
            Convert.ToHexStringLower(SHA256.HashData(content)), uploadedAt);
    }
}

/// <summary>The file types a certificate may be: PDF, PNG or JPEG, recognised by <see cref="FileType.Detect"/>.</summary>
public static class CertificateFileType
{
    public static readonly IReadOnlyList<FileType> Accepted = [FileType.Pdf, FileType.Png, FileType.Jpeg];

    public static FileType? Detect(ReadOnlySpan<byte> content) => FileType.Detect(content) is { } type && Accepted.Contains(type) ? type : null;
}
