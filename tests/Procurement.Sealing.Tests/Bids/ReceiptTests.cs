using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Procurement.Application.Bids.Ports;
using Procurement.Sealing.Bids;
using Procurement.Sealing.Primitives;

namespace Procurement.Sealing.Tests.Bids;

public sealed class ReceiptTests
{
    private static readonly string _hash1 = new('a', 64);
    private static readonly string _hash2 = "0123456789abcdef".PadRight(64, 'f');

    private readonly TestPlatform _platform = new();

    private static BidReceipt AReceipt(ReceiptKind kind = ReceiptKind.Submission) => new(
        "PROC-2026-0042",
        Guid.Parse("6f0b6a9e-8a1c-4c59-9d3c-0b8b8f0e2a11"),
        Guid.Parse("d2c3e4f5-0a1b-4c2d-8e3f-405162738495"),
        Guid.Parse("11111111-2222-4333-8444-555555555555"),
        2,
        kind,
        new DateTimeOffset(2026, 3, 1, 9, 30, 15, TimeSpan.FromHours(1)).AddTicks(1234567),
        [new ReceiptPart("bid", _hash1), new ReceiptPart("attachment:1", _hash2)]);

    [Fact]
    public void A_signed_receipt_verifies_and_reads_back_what_was_signed()
    {
        var signed = _platform.Signer.Sign(AReceipt());

        var verification = _platform.Verifier.Verify(signed.FileText);

        Assert.True(verification.IsValid);
        Assert.Equal(_platform.Keys.ReceiptSigningKey.KeyId, verification.SigningKeyId);
        var receipt = verification.Receipt!;
        Assert.Equal("PROC-2026-0042", receipt.TenderReference);
        Assert.Equal(AReceipt().BidId, receipt.BidId);
        Assert.Equal(2, receipt.BidVersion);
        Assert.Equal(ReceiptKind.Submission, receipt.Kind);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 8, 30, 15, TimeSpan.Zero).AddTicks(1234560), receipt.ReceivedAt);
        Assert.Equal(AReceipt().Parts, receipt.Parts);
    }

    [Fact]
    public void The_signed_text_is_the_documented_canonical_form()
    {
        var signed = _platform.Signer.Sign(AReceipt(ReceiptKind.Replacement));

        Assert.Equal(
            "{\"format\":\"procurement-receipt/v1\",\"kind\":\"replacement\",\"tenderReference\":\"PROC-2026-0042\"," +
            "\"tenderId\":\"6f0b6a9e-8a1c-4c59-9d3c-0b8b8f0e2a11\",\"supplierId\":\"d2c3e4f5-0a1b-4c2d-8e3f-405162738495\"," +
            "\"bidId\":\"11111111-2222-4333-8444-555555555555\",\"bidVersion\":2,\"receivedAt\":\"2026-03-01T08:30:15.123456Z\"," +
            $"\"parts\":[{{\"name\":\"bid\",\"ciphertextSha256\":\"{_hash1}\"}},{{\"name\":\"attachment:1\",\"ciphertextSha256\":\"{_hash2}\"}}]," +
            $"\"signingKeyId\":\"{_platform.Keys.ReceiptSigningKey.KeyId}\"}}",
            signed.Payload);
        Assert.True(ReceiptVerifier.VerifySignature(signed.Payload, signed.Signature, _platform.Keys.ReceiptSigningKey.PublicKey));
    }

    [Fact]
    public void Signing_is_deterministic()
    {
        Assert.Equal(_platform.Signer.Sign(AReceipt()).FileText, _platform.Signer.Sign(AReceipt()).FileText);
    }

    [Fact]
    public void A_withdrawal_has_no_parts_and_verifies()
    {
        var withdrawal = AReceipt(ReceiptKind.Withdrawal) with { Parts = [] };

        var verification = _platform.Verifier.Verify(_platform.Signer.Sign(withdrawal).FileText);

        Assert.True(verification.IsValid);
        Assert.Equal(ReceiptKind.Withdrawal, verification.Receipt!.Kind);
        Assert.Empty(verification.Receipt.Parts);
    }

    [Theory]
    [InlineData("\"kind\":\"submission\"", "\"kind\":\"withdrawal\"")]
    [InlineData("PROC-2026-0042", "PROC-2026-0043")]
    [InlineData("6f0b6a9e-8a1c", "6f0b6a9e-8a1d")]
    [InlineData("d2c3e4f5-0a1b", "d2c3e4f5-0a1c")]
    [InlineData("11111111-2222", "11111111-2223")]
    [InlineData("\"bidVersion\":2", "\"bidVersion\":3")]
    [InlineData("08:30:15.123456Z", "08:30:14.123456Z")]
    [InlineData("aaaaaaaa", "aaaaaaab")]
    [InlineData("\"name\":\"attachment:1\"", "\"name\":\"attachment:2\"")]
    [InlineData(",{\"name\":\"attachment:1\",\"ciphertextSha256\":\"0123456789abcdefffffffffffffffffffffffffffffffffffffffffffffffff\"}", "")]
    public void A_receipt_with_any_field_changed_does_not_verify(string original, string replacement)
    {
        var signed = _platform.Signer.Sign(AReceipt());
        Assert.Contains(original, signed.Payload, StringComparison.Ordinal);

        var forged = ReceiptFile.Write(signed.Payload.Replace(original, replacement, StringComparison.Ordinal), signed.Signature);

        Assert.Equal(ReceiptProblem.BadSignature, _platform.Verifier.Verify(forged).Problem);
    }

    [Fact]
    public void Any_changed_character_of_the_signed_text_fails()
    {
        var signed = _platform.Signer.Sign(AReceipt());
        for (var i = 0; i < signed.Payload.Length; i++)
        {
            var characters = signed.Payload.ToCharArray();
            characters[i] = characters[i] == 'x' ? 'y' : 'x';

            var verification = _platform.Verifier.Verify(ReceiptFile.Write(new string(characters), signed.Signature));

            Assert.False(verification.IsValid, $"character {i} changed, still valid");
        }
    }

    [Fact]
    public void Any_changed_signature_byte_fails()
    {
        var signed = _platform.Signer.Sign(AReceipt());
        for (var i = 0; i < signed.Signature.Length; i++)
        {
            var signature = (byte[])signed.Signature.Clone();
            signature[i] ^= 0x01;

            Assert.Equal(ReceiptProblem.BadSignature, _platform.Verifier.Verify(ReceiptFile.Write(signed.Payload, signature)).Problem);
        }
    }

    [Fact]
    public void A_receipt_from_another_platform_names_an_unknown_key()
    {
        var elsewhere = new TestPlatform().Signer.Sign(AReceipt());

        Assert.Equal(ReceiptProblem.UnknownSigningKey, _platform.Verifier.Verify(elsewhere.FileText).Problem);
    }

    [Fact]
    public void A_receipt_relabelled_with_this_platform_key_id_has_a_bad_signature()
    {
        var elsewhere = new TestPlatform().Signer.Sign(AReceipt());
        var relabelled = elsewhere.Payload.Replace(elsewhere.SigningKeyId, _platform.Keys.ReceiptSigningKey.KeyId, StringComparison.Ordinal);

        Assert.Equal(ReceiptProblem.BadSignature, _platform.Verifier.Verify(ReceiptFile.Write(relabelled, elsewhere.Signature)).Problem);
    }

    [Fact]
    public void Receipts_signed_with_a_retired_key_still_verify_when_its_public_key_is_configured()
    {
        var oldKey = Crypto.RandomBytes(32);
        var before = new TestPlatform(receiptKey: oldKey).Signer.Sign(AReceipt());
        var after = new TestPlatform(retiredReceiptKeys: [Convert.ToBase64String(Crypto.Ed25519PublicKey(oldKey))]);

        Assert.True(after.Verifier.Verify(before.FileText).IsValid);
        Assert.NotEqual(before.SigningKeyId, after.Keys.ReceiptSigningKey.KeyId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{\"format\":\"procurement-receipt-file/v1\",\"algorithm\":\"Ed25519\",\"payload\":\"{}\",\"signature\":\"%%%\"}")]
    [InlineData("{\"format\":\"procurement-receipt-file/v1\",\"algorithm\":\"Ed25519\",\"payload\":\"{}\",\"signature\":\"AAAA\"}")]
    [InlineData("{\"format\":\"procurement-receipt-file/v1\",\"algorithm\":\"RSA\",\"payload\":\"{}\",\"signature\":\"AAAA\"}")]
    public void Text_that_is_not_a_receipt_file_is_malformed(string text) =>
        Assert.Equal(ReceiptProblem.Malformed, _platform.Verifier.Verify(text).Problem);

    [Fact]
    public void The_downloaded_file_is_readable_JSON_holding_the_signed_text()
    {
        var signed = _platform.Signer.Sign(AReceipt());

        using var file = JsonDocument.Parse(signed.FileText);

        Assert.Equal("procurement-receipt-file/v1", file.RootElement.GetProperty("format").GetString());
        Assert.Equal("Ed25519", file.RootElement.GetProperty("algorithm").GetString());
        Assert.Equal(signed.Payload, file.RootElement.GetProperty("payload").GetString());
        Assert.Equal(signed.Signature, Convert.FromBase64String(file.RootElement.GetProperty("signature").GetString()!));
        // Quotes inside the signed text read as \" in the file, not \u0022, so a person can read it.
        Assert.Contains("\\\"tenderReference\\\":\\\"PROC-2026-0042\\\"", signed.FileText, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0022", signed.FileText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_reformatted_by_an_editor_still_verifies()
    {
        var signed = _platform.Signer.Sign(AReceipt());
        using var file = JsonDocument.Parse(signed.FileText);
        var compact = JsonSerializer.Serialize(file.RootElement);

        Assert.True(_platform.Verifier.Verify(compact).IsValid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ABC")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF")]
    public void A_part_hash_must_be_64_lower_case_hex_digits(string hash) =>
        Assert.Throws<ArgumentException>(() => _platform.Signer.Sign(AReceipt() with { Parts = [new ReceiptPart("bid", hash)] }));

    [Fact]
    public async Task A_receipt_verifies_with_openssl_and_the_published_PEM_key()
    {
        using var folder = new TemporaryDirectory();
        Directory.CreateDirectory(folder.Path);
        var signed = _platform.Signer.Sign(AReceipt());
        var payload = Path.Combine(folder.Path, "payload.txt");
        var signature = Path.Combine(folder.Path, "signature.bin");
        var pem = Path.Combine(folder.Path, "platform.pem");
        await File.WriteAllTextAsync(payload, signed.Payload, new UTF8Encoding(false));
        await File.WriteAllBytesAsync(signature, signed.Signature);
        await File.WriteAllTextAsync(pem, _platform.Keys.ReceiptSigningKey.PublicKeyPem);

        var (exitCode, output) = await RunOpensslAsync("pkeyutl", "-verify", "-pubin", "-inkey", pem, "-rawin", "-in", payload, "-sigfile", signature);
        await File.WriteAllTextAsync(payload, signed.Payload.Replace("\"bidVersion\":2", "\"bidVersion\":3", StringComparison.Ordinal), new UTF8Encoding(false));
        var (forgedExitCode, _) = await RunOpensslAsync("pkeyutl", "-verify", "-pubin", "-inkey", pem, "-rawin", "-in", payload, "-sigfile", signature);

        Assert.True(exitCode == 0, output);
        Assert.Contains("Signature Verified Successfully", output, StringComparison.Ordinal);
        Assert.NotEqual(0, forgedExitCode);
    }

    private static async Task<(int ExitCode, string Output)> RunOpensslAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("openssl") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Skip("openssl is not installed: the interoperability check did not run.");
            throw;
        }

        using (process)
        {
            var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, output);
        }
    }
}
