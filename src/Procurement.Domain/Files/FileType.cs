using System.IO.Compression;

namespace Procurement.Domain.Files;

/// <summary>
/// A file type recognised from the file's content (its "magic numbers" and, for Office files, the parts inside the
/// ZIP package), never from its name or the type a browser claims. Supplier certificates and tender documents each
/// accept a subset.
/// </summary>
public sealed record FileType(string ContentType, string Extension, string Name)
{
    public static readonly FileType Pdf = new("application/pdf", ".pdf", "PDF");
    public static readonly FileType Png = new("image/png", ".png", "PNG");
    public static readonly FileType Jpeg = new("image/jpeg", ".jpg", "JPEG");
    public static readonly FileType WebP = new("image/webp", ".webp", "WebP");
    public static readonly FileType Docx = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", "Word (DOCX)");
    public static readonly FileType Xlsx = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx", "Excel (XLSX)");
    public static readonly FileType Zip = new("application/zip", ".zip", "ZIP");

    /// <summary>The type of <paramref name="content"/>, or null when it is none of the known types.</summary>
    public static FileType? Detect(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        // A RIFF container whose form type is "WEBP".
        if (content.Length >= 12 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP;
        }

        // "PK\x03\x04" starts a ZIP with entries, "PK\x05\x06" an empty one.
        return content.StartsWith("PK\x03\x04"u8) || content.StartsWith("PK\x05\x06"u8) ? DetectPackage(content.ToArray()) : null;
    }

    /// <summary>DOCX and XLSX are ZIP packages with <c>[Content_Types].xml</c> and a <c>word/</c> or <c>xl/</c> folder.</summary>
    private static FileType? DetectPackage(byte[] content)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var names = archive.Entries.Select(entry => entry.FullName).ToList();
            if (names.Contains("[Content_Types].xml"))
            {
                if (names.Any(name => name.StartsWith("word/", StringComparison.Ordinal)))
                {
                    return Docx;
                }

                if (names.Any(name => name.StartsWith("xl/", StringComparison.Ordinal)))
                {
                    return Xlsx;
                }
            }

            return Zip;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>
    /// A file name safe to send back in a download: no folders or control or reserved characters, at most 100
    /// characters before the extension, which is that of the detected type.
    /// </summary>
    public string SafeFileName(string fileName, string fallback)
    {
        var baseName = Path.GetFileNameWithoutExtension(fileName.Replace('\\', '/').Split('/')[^1]);
        var clean = new string(baseName.Where(c => !char.IsControl(c) && c is not ('"' or ';' or '<' or '>' or ':' or '*' or '?' or '|')).ToArray()).Trim();
        if (clean.Length == 0)
        {
            clean = fallback;
        }

        return (clean.Length > 100 ? clean[..100] : clean) + Extension;
    }
}
