using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Procurement.Domain.Bids;
using Procurement.Domain.Tenders;
using Procurement.Infrastructure.Demo;
using Procurement.IntegrationTests.Identity;
using Procurement.IntegrationTests.Tenders;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Bids;

public sealed class SealedBidTests(AppFixture fixture)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n% method statement\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    [Fact]
    public async Task A_bid_is_sealed_on_arrival_unreadable_by_anyone_before_the_deadline_and_opened_by_the_scheduler()
    {
        var marker = $"MARKER-{Guid.NewGuid():N}";
        var (tenderId, reference, deadline) = await fixture.App.PublishAsync(TimeSpan.FromSeconds(25));
        var (bidder, supplierId, _) = await fixture.App.SignedInBidderAsync();
        using var _ = bidder;

        var withFile = await bidder.UploadAsync($"/tenders/{reference}/bid", $"/tenders/{reference}/bid", TestTenders.Offer("48250.50", marker), "Attachment", "method.pdf", "application/pdf", Pdf.Concat(Encoding.ASCII.GetBytes(marker)).ToArray());
        Assert.Contains("The file is attached to your draft.", withFile.Text, StringComparison.Ordinal);
        var submitted = await bidder.SubmitAsync($"/tenders/{reference}/bid", $"/tenders/{reference}/bid", TestTenders.Offer("48250.50", marker).Submitting());
        Assert.Contains("Your bid was sealed and received", submitted.Text, StringComparison.Ordinal);
        Assert.Contains("Submitted and sealed", submitted.Text, StringComparison.Ordinal);

        var receiptId = await fixture.App.WithDbAsync(db => db.Set<BidReceiptRecord>().Where(r => r.TenderId == tenderId).Select(r => r.Id).SingleAsync());
        var receipt = await bidder.GetRawAsync($"/tenders/{reference}/bid/receipts/{receiptId}");
        Assert.Equal(HttpStatusCode.OK, receipt.StatusCode);
        var receiptText = await receipt.Content.ReadAsStringAsync();
        Assert.Contains(reference, receiptText, StringComparison.Ordinal);

        // Before the deadline: the count is public, and nothing else about the bid is reachable by anyone but its bidder.
        using var visitor = new WebSession(fixture.App);
        Assert.Matches(@"Sealed bids received\s+1\s", (await visitor.GetAsync($"/tenders/{reference}")).Text);
        using var officer = await fixture.App.SignedInOfficerAsync(TestAccounts.DemoOfficer);
        using var admin = await fixture.App.SignedInOfficerAsync("admin@procurement.test");
        var (otherSupplier, _, _) = await fixture.App.SignedInBidderAsync("Rival");
        using var __ = otherSupplier;
        string[] bidUrls = [$"/tenders/{reference}/bid/receipts/{receiptId}", $"/tenders/{reference}/opening", $"/tenders/{reference}/opening/attachments/{Guid.NewGuid()}"];
        foreach (var session in new[] { officer, admin, otherSupplier, visitor })
        {
            foreach (var url in bidUrls)
            {
                var status = (await session.GetRawAsync(url)).StatusCode;
                Assert.True(status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.Redirect or HttpStatusCode.Found, $"{url} answered {status}");
            }
        }

        var officerOnBid = await officer.GetAsync($"/tenders/{reference}/bid");
        Assert.True(officerOnBid.Status == HttpStatusCode.Forbidden || officerOnBid.Path.StartsWith("/account/access-denied", StringComparison.Ordinal), $"An officer on the bid page got {officerOnBid.Status} at {officerOnBid.Path}");
        Assert.DoesNotContain("48250.50", (await otherSupplier.GetAsync($"/tenders/{reference}/bid")).Text, StringComparison.Ordinal);
        Assert.Empty(await TablesContainingAsync(marker));

        // At the deadline the scheduler opens the bids.
        var record = await fixture.App.OpenedEventuallyAsync(tenderId, deadline - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30));
        var opened = Assert.Single(record.Bids);
        Assert.Equal(supplierId, opened.SupplierId);
        Assert.Equal(BidIntegrity.Intact, opened.Integrity);
        Assert.Equal(48250.50m, Assert.Single(opened.Lots).Price.Amount);
        Assert.Equal(marker, opened.Lots[0].Notes);
        Assert.Equal("method.pdf", Assert.Single(opened.Attachments).FileName);
        Assert.True(record.OpenedAt >= deadline);
        using (var json = JsonDocument.Parse(receiptText))
        {
            var payload = JsonDocument.Parse(json.RootElement.GetProperty("payload").GetString()!);
            Assert.Equal(opened.CiphertextSha256, payload.RootElement.GetProperty("parts")[0].GetProperty("ciphertextSha256").GetString());
        }

        Assert.Equal(TenderStatus.Opened, await fixture.App.WithDbAsync(db => db.Tenders.Where(t => t.Id == tenderId).Select(t => t.Status).SingleAsync()));
        foreach (var session in new[] { visitor, bidder, officer })
        {
            var page = await session.GetAsync($"/tenders/{reference}/opening");
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Contains("GBP 48,250.50", page.Text, StringComparison.Ordinal);
            Assert.Contains(opened.CiphertextSha256, page.Text, StringComparison.Ordinal);
        }

        var attachment = await officer.GetRawAsync($"/tenders/{reference}/opening/attachments/{opened.Attachments[0].Id}");
        Assert.Equal(HttpStatusCode.OK, attachment.StatusCode);
        Assert.EndsWith(marker, Encoding.ASCII.GetString(await attachment.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await bidder.GetRawAsync($"/tenders/{reference}/opening/attachments/{opened.Attachments[0].Id}")).StatusCode);
    }

    [Fact]
    public async Task A_bid_after_the_deadline_is_refused_with_the_time_and_nothing_is_kept()
    {
        var (tenderId, reference, deadline) = await fixture.App.PublishAsync(TimeSpan.FromSeconds(6));
        var (bidder, _, _) = await fixture.App.SignedInBidderAsync();
        using var _ = bidder;
        await bidder.SubmitAsync($"/tenders/{reference}/bid", $"/tenders/{reference}/bid", TestTenders.Offer("1000"));
        var form = await bidder.GetAsync($"/tenders/{reference}/bid");
        var token = form.AntiforgeryToken();

        await Task.Delay(deadline - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(300));
        var late = await bidder.PostAsync($"/tenders/{reference}/bid", token, TestTenders.Offer("1000").Submitting());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.Status);
        Assert.Matches("(deadline for bids passed at .* UTC|have been opened); bids can no longer be", late.Text);
        Assert.False(await fixture.App.WithDbAsync(db => db.Bids.AnyAsync(b => b.TenderId == tenderId)));
    }

    [Fact]
    public async Task Replacing_and_withdrawing_give_signed_receipts_and_only_the_latest_version_is_opened()
    {
        var (tenderId, reference, deadline) = await fixture.App.PublishAsync(TimeSpan.FromSeconds(20));
        var (first, _, _) = await fixture.App.SignedInBidderAsync("First");
        var (second, _, _) = await fixture.App.SignedInBidderAsync("Second");
        using var _ = first;
        using var __ = second;

        await first.SubmitAsync($"/tenders/{reference}/bid", $"/tenders/{reference}/bid", TestTenders.Offer("900").Submitting());
        var replaced = await first.SubmitAsync($"/tenders/{reference}/bid", $"/tenders/{reference}/bid", TestTenders.Offer("850", secondPrice: "1700").Submitting());
        Assert.Contains("version 2", replaced.Text, StringComparison.Ordinal);
        await second.SubmitAsync($"/tenders/{reference}/bid", $"/tenders/{reference}/bid", TestTenders.Offer("700").Submitting());
        var withdrawn = await second.SubmitAsync($"/tenders/{reference}/bid", $"/tenders/{reference}/bid/withdraw", new Dictionary<string, string>());
        Assert.Contains("Your bid is withdrawn", withdrawn.Text, StringComparison.Ordinal);

        var kinds = await fixture.App.WithDbAsync(db => db.Set<BidReceiptRecord>().Where(r => r.TenderId == tenderId).OrderBy(r => r.ReceivedAt).Select(r => r.Kind).ToListAsync());
        Assert.Equal([BidChange.Submitted, BidChange.Replaced, BidChange.Submitted, BidChange.Withdrawn], kinds);

        var record = await fixture.App.OpenedEventuallyAsync(tenderId, deadline - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30));
        var opened = Assert.Single(record.Bids);
        Assert.Equal(2, opened.Version);
        Assert.Equal([850m, 1700m], opened.Lots.Select(l => l.Price.Amount));
        Assert.Equal(1, record.WithdrawnBids);

        // Every change to a bid, and the opening, is in the audit log.
        var bidIds = await fixture.App.WithDbAsync(db => db.Bids.Where(b => b.TenderId == tenderId).Select(b => $"bid:{b.Id}").ToListAsync());
        var actions = await fixture.App.WithDbAsync(db => db.AuditLog
            .Where(e => bidIds.Contains(e.Subject) || e.Subject == $"tender:{tenderId}")
            .OrderBy(e => e.Sequence)
            .Select(e => e.Action)
            .ToListAsync());
        Assert.Equal(["bid.submitted", "bid.replaced", "bid.submitted", "bid.withdrawn"], actions.Where(a => a.StartsWith("bid.", StringComparison.Ordinal)));
        Assert.Contains("opening_key.released", actions);
        Assert.Contains("tender.bids_opened", actions);
        Assert.Contains("tender.opening_recorded", actions);
    }

    [Fact]
    public async Task The_opening_record_of_a_request_for_quotations_is_for_the_agency_and_the_bidders_only()
    {
        var (tenderId, reference, deadline) = await fixture.App.PublishAsync(TimeSpan.FromSeconds(8), ProcurementProcedure.RequestForQuotations, lots: 1);
        var (bidder, _, _) = await fixture.App.SignedInBidderAsync();
        var (outsider, _, _) = await fixture.App.SignedInBidderAsync("Outsider");
        using var _ = bidder;
        using var __ = outsider;
        await bidder.SubmitAsync($"/tenders/{reference}/bid", $"/tenders/{reference}/bid", TestTenders.Offer("2500").Submitting());

        await fixture.App.OpenedEventuallyAsync(tenderId, deadline - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30));

        using var visitor = new WebSession(fixture.App);
        using var officer = await fixture.App.SignedInOfficerAsync(TestAccounts.DemoOfficer);
        using var otherAgency = await fixture.App.SignedInOfficerAsync("officer.county@procurement.test");
        Assert.Equal(HttpStatusCode.OK, (await bidder.GetAsync($"/tenders/{reference}/opening")).Status);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/tenders/{reference}/opening")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/tenders/{reference}/opening")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/tenders/{reference}/opening")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAgency.GetAsync($"/tenders/{reference}/opening")).Status);
        Assert.Contains("The opening record is available to the bidders and the agency.", (await visitor.GetAsync($"/tenders/{reference}")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_ciphertext_is_reported_at_the_opening_not_dropped()
    {
        var (tenderId, reference, deadline) = await fixture.App.PublishAsync(TimeSpan.FromSeconds(15));
        var (honest, _, _) = await fixture.App.SignedInBidderAsync("Honest");
        var (tampered, tamperedId, _) = await fixture.App.SignedInBidderAsync("Tampered");
        using var _ = honest;
        using var __ = tampered;
        await honest.SubmitAsync($"/tenders/{reference}/bid", $"/tenders/{reference}/bid", TestTenders.Offer("500").Submitting());
        await tampered.SubmitAsync($"/tenders/{reference}/bid", $"/tenders/{reference}/bid", TestTenders.Offer("400").Submitting());

        // Someone with database access flips a byte of the sealed bid (every bit: writing a fixed value would change
        // nothing when the byte already held it, one run in 256).
        await fixture.App.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE bid_sealed_parts SET ciphertext = set_byte(ciphertext, 4, get_byte(ciphertext, 4) # 255) WHERE bid_id = (SELECT id FROM bids WHERE supplier_id = {tamperedId})"));

        var record = await fixture.App.OpenedEventuallyAsync(tenderId, deadline - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30));
        Assert.Equal(2, record.Bids.Count);
        Assert.Equal(BidIntegrity.HashMismatch, record.Bids.Single(b => b.SupplierId == tamperedId).Integrity);
        Assert.Empty(record.Bids.Single(b => b.SupplierId == tamperedId).Lots);
        Assert.Equal(BidIntegrity.Intact, record.Bids.Single(b => b.SupplierId != tamperedId).Integrity);
    }

    [Fact]
    public async Task A_receipt_verifies_and_a_changed_receipt_does_not()
    {
        var (tenderId, reference, _) = await fixture.App.PublishAsync(TimeSpan.FromMinutes(5));
        var (bidder, _, _) = await fixture.App.SignedInBidderAsync();
        using var _ = bidder;
        await bidder.SubmitAsync($"/tenders/{reference}/bid", $"/tenders/{reference}/bid", TestTenders.Offer("1234.56").Submitting());
        var receiptId = await fixture.App.WithDbAsync(db => db.Set<BidReceiptRecord>().Where(r => r.TenderId == tenderId).Select(r => r.Id).SingleAsync());
        var receipt = await (await bidder.GetRawAsync($"/tenders/{reference}/bid/receipts/{receiptId}")).Content.ReadAsStringAsync();

        using var visitor = new WebSession(fixture.App);
        var valid = await visitor.SubmitAsync("/receipts/verify", "/receipts/verify", new Dictionary<string, string> { ["receipt"] = receipt });
        Assert.Contains("The receipt is valid", valid.Text, StringComparison.Ordinal);
        Assert.Contains(reference, valid.Text, StringComparison.Ordinal);

        var changed = receipt.Replace("\\\"bidVersion\\\":1", "\\\"bidVersion\\\":2", StringComparison.Ordinal);
        Assert.NotEqual(receipt, changed);
        var invalid = await visitor.SubmitAsync("/receipts/verify", "/receipts/verify", new Dictionary<string, string> { ["receipt"] = changed });
        Assert.Contains("The receipt is not valid", invalid.Text, StringComparison.Ordinal);

        using var client = fixture.App.CreateClient();
        using var body = new StringContent(receipt, Encoding.UTF8, "application/json");
        using var api = await client.PostAsync(new Uri("/api/receipts/verify", UriKind.Relative), body);
        using var result = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        Assert.True(result.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal("submission", result.RootElement.GetProperty("receipt").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Bad_prices_are_shown_beside_the_field_and_the_draft_keeps_what_was_typed()
    {
        var (_, reference, _) = await fixture.App.PublishAsync(TimeSpan.FromMinutes(5));
        var (bidder, _, _) = await fixture.App.SignedInBidderAsync();
        using var _ = bidder;

        var page = await bidder.SubmitAsync($"/tenders/{reference}/bid", $"/tenders/{reference}/bid", TestTenders.Offer("-5", "Kept notes").Submitting());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("Enter the price for lot 1 in GBP, more than 0", page.Text, StringComparison.Ordinal);
        Assert.Contains("Kept notes", page.Text, StringComparison.Ordinal);
        Assert.Contains("value=\"-5\"", page.Html, StringComparison.Ordinal);
    }

    /// <summary>Every table and column (text, JSON and the hex of binary columns) in which <paramref name="marker"/> appears.</summary>
    private async Task<IReadOnlyList<string>> TablesContainingAsync(string marker)
    {
        var hex = Convert.ToHexStringLower(Encoding.UTF8.GetBytes(marker));
        var tables = await fixture.App.WithDbAsync(db => db.Database
            .SqlQuery<string>($"SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) AS \"Value\" FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')")
            .ToListAsync());
        var found = new List<string>();
        foreach (var table in tables)
        {
            var sql = $"SELECT count(*)::int AS \"Value\" FROM {table} t WHERE strpos(row_to_json(t)::text, @p0) > 0 OR strpos(row_to_json(t)::text, @p1) > 0";
            var count = await fixture.App.WithDbAsync(db => db.Database.SqlQueryRaw<int>(sql, new Npgsql.NpgsqlParameter("p0", marker), new Npgsql.NpgsqlParameter("p1", hex)).SingleAsync());
            if (count > 0)
            {
                found.Add(table);
            }
        }

        return found;
    }
}
