using System.IO.Compression;
using Procurement.Domain.Files;
using Procurement.Domain.Tenders;

namespace Procurement.Domain.Tests.Tenders;

public sealed class TenderDocumentTests
{
    private const long Limit = 20 * 1024 * 1024;

    [Fact]
    public void A_pdf_is_described_with_its_hash_and_the_extension_of_its_real_type()
    {
        var content = "%PDF-1.7 specification"u8.ToArray();

        var document = TenderDocument.Describe("Specification", "C:\\spec\\final.bin", content, Limit, TenderBuilder.Now);

        Assert.Equal("final.pdf", document.FileName);
        Assert.Equal("application/pdf", document.ContentType);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)), document.Sha256);
    }

    [Theory]
    [InlineData("word/document.xml", ".docx")]
    [InlineData("xl/workbook.xml", ".xlsx")]
    public void Office_files_are_told_apart_by_the_parts_in_their_package(string part, string extension)
    {
        var document = TenderDocument.Describe("Terms", "terms", Package("[Content_Types].xml", part), Limit, TenderBuilder.Now);

        Assert.EndsWith(extension, document.FileName, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plain_zip_is_a_zip()
    {
        Assert.Equal(FileType.Zip, FileType.Detect(Package("drawings/plan.dwg")));
    }

    [Fact]
    public void An_executable_named_pdf_is_refused()
    {
        var problem = Assert.Single(TenderDocument.Problems("Specification", "MZ\x90\0 program"u8.ToArray(), Limit));

        Assert.Equal("File", problem.Field);
        Assert.Contains("Its content was checked, not its name", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_png_is_no_tender_document_and_a_file_over_the_limit_is_refused()
    {
        Assert.Single(TenderDocument.Problems("Photo", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], Limit));
        Assert.Contains("larger than 1 MB", Assert.Single(TenderDocument.Problems("Big", new byte[(1024 * 1024) + 1], 1024 * 1024)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Documents_can_be_added_and_removed_only_in_a_draft()
    {
        var tender = TenderBuilder.Draft();
        var document = TenderDocument.Describe("Specification", "spec.pdf", "%PDF-1.7"u8.ToArray(), Limit, TenderBuilder.Now);

        tender.AddDocument(document, TenderBuilder.Officer, TenderBuilder.Now);
        tender.Publish(TenderBuilder.Now, "PRC-2026-000009", "ocds-prc000-PRC-2026-000009", TenderBuilder.KeyFor(tender), TenderBuilder.Rules, TenderBuilder.Officer);

        Assert.Throws<DomainRuleException>(() => tender.RemoveDocument(document.Id, TenderBuilder.Officer, TenderBuilder.Now));
        Assert.Single(tender.Documents);
    }

    private static byte[] Package(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(archive.CreateEntry(entry).Open());
                writer.Write("<x/>");
            }
        }

        return buffer.ToArray();
    }
}
