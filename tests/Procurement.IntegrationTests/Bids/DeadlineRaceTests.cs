using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Procurement.Domain.Bids;
using Procurement.Domain.Identity;
using Procurement.Domain.Suppliers;
using Procurement.Infrastructure.Identity;
using Procurement.IntegrationTests.Identity;
using Procurement.IntegrationTests.Suppliers;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Bids;

public sealed class DeadlineRaceTests(AppFixture fixture)
{
    private const int Bidders = 200;

    [Fact]
    public async Task Two_hundred_bids_racing_the_deadline_are_each_either_receipted_and_opened_or_clearly_refused()
    {
        var bidders = await SignedInBiddersAsync(Bidders);
        try
        {
            // Each bidder reads its antiforgery token beforehand (it is the user's, valid for every form), so only the
            // submissions race; each submission saves the offer as the draft and seals it in one request.
            var tokens = new ConcurrentDictionary<int, string>();
            await Parallel.ForEachAsync(Enumerable.Range(0, Bidders), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
                tokens[i] = (await bidders[i].GetAsync("/receipts/verify")).AntiforgeryToken());
            var (tenderId, reference, deadline) = await fixture.App.PublishAsync(TimeSpan.FromSeconds(8), lots: 1);

            // The submissions go out over four seconds around the deadline, one every 20 ms.
            var start = deadline - TimeSpan.FromSeconds(3);
            var outcomes = await Task.WhenAll(Enumerable.Range(0, Bidders).Select(async i =>
            {
                var at = start + TimeSpan.FromMilliseconds(20 * i);
                var wait = at - DateTimeOffset.UtcNow;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }

                var page = await bidders[i].PostAsync($"/tenders/{reference}/bid", tokens[i], OfferOf(i).Submitting(), followRedirects: false);
                return (Index: i, page.Status, page.Text);
            }));

            var accepted = outcomes.Where(o => o.Status == HttpStatusCode.Redirect).Select(o => o.Index).ToHashSet();
            var refused = outcomes.Where(o => o.Status == HttpStatusCode.UnprocessableEntity).ToList();
            Assert.True(
                outcomes.All(o => o.Status is HttpStatusCode.Redirect or HttpStatusCode.UnprocessableEntity),
                $"Some bidders got neither a receipt nor a refusal: {string.Join(", ", outcomes.Where(o => o.Status is not (HttpStatusCode.Redirect or HttpStatusCode.UnprocessableEntity)).Select(o => $"{o.Index}: {o.Status}"))}. " +
                string.Join(Environment.NewLine, fixture.App.Logs.Entries.Where(e => e.StartsWith("Error", StringComparison.Ordinal)).Take(3)));
            Assert.All(refused, o => Assert.Matches("(deadline for bids passed at .* UTC|have been opened); bids can no longer be (submitted|changed)", o.Text));
            Assert.NotEmpty(accepted);
            Assert.NotEmpty(refused);

            var watch = Stopwatch.StartNew();
            var record = await fixture.App.OpenedEventuallyAsync(tenderId, TimeSpan.FromSeconds(90));
            var receipts = await fixture.App.WithDbAsync(db => db.Set<BidReceiptRecord>().AsNoTracking().Where(r => r.TenderId == tenderId).ToListAsync());

            // Every receipt is in the opening record once, with the hash it names; nobody refused has a bid.
            Assert.Equal(accepted.Count, receipts.Count);
            Assert.Equal(receipts.Count, record.Bids.Count);
            Assert.Equal(receipts.Select(r => r.BidId).Order(), record.Bids.Select(b => b.BidId).Order());
            Assert.All(record.Bids, bid => Assert.Equal(receipts.Single(r => r.BidId == bid.BidId).BidPartSha256, bid.CiphertextSha256));
            Assert.All(record.Bids, bid => Assert.Equal(BidIntegrity.Intact, bid.Integrity));
            Assert.All(receipts, r => Assert.True(r.ReceivedAt < deadline, $"A receipt at {r.ReceivedAt:O} is not before the deadline {deadline:O}."));
            Assert.Equal(
                accepted.Select(PriceOf).Order(),
                record.Bids.Select(b => b.Lots.Single().Price.Amount).Order());

            var recordedAt = await fixture.App.WithDbAsync(db => db.AuditLog
                .Where(e => e.Subject == $"tender:{tenderId}" && e.Action == "tender.opening_recorded")
                .Select(e => e.RecordedAt)
                .SingleAsync());
            TestContext.Current.TestOutputHelper?.WriteLine(
                $"Opening: key released at {record.OpenedAt:HH:mm:ss.fff}, {record.Bids.Count} bids decrypted, checked and recorded by {recordedAt:HH:mm:ss.fff} ({(recordedAt - record.OpenedAt).TotalMilliseconds:0} ms).");
            TestContext.Current.TestOutputHelper?.WriteLine(
                $"{accepted.Count} bids receipted, {refused.Count} refused; last receipt {deadline - receipts.Max(r => r.ReceivedAt):g} before the deadline; " +
                $"opened at deadline + {record.OpenedAt - deadline:g} ({record.Bids.Count} bids); record visible {watch.Elapsed:g} after the last answer.");
        }
        finally
        {
            foreach (var bidder in bidders)
            {
                bidder.Dispose();
            }
        }
    }

    private static decimal PriceOf(int index) => 10_000m + index;

    private static Dictionary<string, string> OfferOf(int index) => new()
    {
        ["Lots[0].LotNumber"] = "1",
        ["Lots[0].Price"] = PriceOf(index).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Lots[0].ValidityDays"] = "90",
        ["Lots[0].Notes"] = string.Empty,
    };

    /// <summary>
    /// <paramref name="count"/> verified suppliers, each with a signed-in user. The users share one password hash,
    /// computed once, so setting them up costs one hashing per sign-in only.
    /// </summary>
    private async Task<WebSession[]> SignedInBiddersAsync(int count)
    {
        var emails = new List<string>();
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var hash = users.PasswordHasher.HashPassword(new ApplicationUser(), TestTenders.Password);
            var db = scope.ServiceProvider.GetRequiredService<Infrastructure.Database.ProcurementDbContext>();
            var suppliers = Enumerable.Range(0, count)
                .Select(i => new Supplier($"Racer {i:000} {Guid.NewGuid():N}"[..20] + " Ltd").Completed("Wales", "Gritting.", ["45233141-9"]).VerifiedAt(DateTimeOffset.UtcNow.AddDays(-1)))
                .ToList();
            db.Suppliers.AddRange(suppliers);
            await db.SaveChangesAsync();
            foreach (var supplier in suppliers)
            {
                var email = $"racer-{Guid.NewGuid():N}@supplier.test";
                var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Racer", SupplierId = supplier.Id, PasswordHash = hash };
                Assert.True((await users.CreateAsync(user)).Succeeded);
                Assert.True((await users.AddToRoleAsync(user, Roles.Supplier)).Succeeded);
                emails.Add(email);
            }
        }

        var sessions = new WebSession[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
        {
            sessions[i] = new WebSession(fixture.App);
            await sessions[i].SignInAsync(emails[i], TestTenders.Password);
        });
        return sessions;
    }
}
