using System.Security.Cryptography;
using Procurement.Domain.Files;

namespace Procurement.Domain.Catalog;

/// <summary>A picture of a catalog item: its description; the bytes are kept apart (bytea) with their SHA-256.</summary>
public sealed class CatalogItemImage
{
    public const int MaxMegabytes = 2;
    public const int MaxBytes = MaxMegabytes * 1024 * 1024;

    /// <summary>The picture types accepted: recognised by their content, never by name.</summary>
    public static readonly IReadOnlyList<FileType> AcceptedTypes = [FileType.Png, FileType.Jpeg, FileType.WebP];

    private CatalogItemImage()
    {
        FileName = ContentType = Sha256 = string.Empty;
    }

    public Guid Id { get; private set; }
    public string FileName { get; private set; }
    public string ContentType { get; private set; }
    public long SizeBytes { get; private set; }
    public string Sha256 { get; private set; }
    public int Position { get; private set; }
    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>Checks a picture's size and type by content (PNG, JPEG or WebP).</summary>
    public static CatalogItemImage From(string? fileName, byte[] content, int position, DateTimeOffset now)
    {
        if (content.Length == 0)
        {
            throw new DomainRuleException("The picture is empty.");
        }

        if (content.Length > MaxBytes)
        {
            throw new DomainRuleException($"A picture must be at most {MaxMegabytes} MB.");
        }

        var type = FileType.Detect(content);
        if (type is null || !AcceptedTypes.Contains(type))
        {
            throw new DomainRuleException("A picture must be a PNG, JPEG or WebP image; this file is not one, whatever its name says.");
        }

        return new CatalogItemImage
        {
            Id = Guid.NewGuid(),
            FileName = type.SafeFileName(fileName ?? string.Empty, "picture"),
            ContentType = type.ContentType,
            SizeBytes = content.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            Position = position,
            UploadedAt = now,
        };
    }
}
