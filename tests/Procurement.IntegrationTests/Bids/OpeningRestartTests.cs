using Procurement.Domain.Bids;
using Procurement.Domain.Tenders;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Bids;

public sealed class OpeningRestartTests(AppFixture fixture)
{
    [Fact]
    public async Task A_tender_whose_deadline_passed_while_the_app_was_stopped_is_opened_when_it_starts_again()
    {
        var connectionString = await fixture.Postgres.CreateDatabaseAsync("opening-restart");

        // One data directory for both runs, as on a server: the key-encryption key outlives the restart.
        var data = Directory.CreateTempSubdirectory("procurement-restart-").FullName;
        var settings = new Dictionary<string, string> { ["Data:Directory"] = data };
        Guid tenderId;
        DateTimeOffset deadline;
        await using (var before = new ProcurementAppFactory(connectionString, settings))
        {
            before.StartServer();
            var (bidder, _, _) = await before.SignedInBidderAsync();
            using (bidder)
            {
                (tenderId, var reference, deadline) = await before.PublishAsync(TimeSpan.FromSeconds(10), lots: 1);
                var submitted = await bidder.SubmitAsync($"/tenders/{reference}/bid", $"/tenders/{reference}/bid", TestTenders.Offer("777").Submitting());
                Assert.True(submitted.Text.Contains("Your bid was sealed and received", StringComparison.Ordinal), string.Join(Environment.NewLine, before.Logs.Entries));
            }

            Assert.True(DateTimeOffset.UtcNow < deadline - TimeSpan.FromSeconds(1), "The bid went in too close to the deadline for the test to stop the app before it.");
        }

        // Nothing runs across the deadline.
        await Task.Delay(deadline - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(2));
        Assert.Equal(nameof(TenderStatus.Published), await StatusAsync(connectionString, tenderId));

        await using var after = new ProcurementAppFactory(connectionString, settings);
        after.StartServer();

        OpeningRecord record;
        try
        {
            record = await after.OpenedEventuallyAsync(tenderId, TimeSpan.FromSeconds(60));
        }
        catch (Xunit.Sdk.XunitException)
        {
            TestContext.Current.TestOutputHelper?.WriteLine(string.Join(Environment.NewLine, after.Logs.Entries));
            throw;
        }

        Assert.Equal(777m, Assert.Single(record.Bids).Lots.Single().Price.Amount);
        Assert.Equal(BidIntegrity.Intact, record.Bids[0].Integrity);
        Directory.Delete(data, recursive: true);
    }

    private static async Task<string?> StatusAsync(string connectionString, Guid tenderId)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT status FROM tenders WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", tenderId);
        return (string?)await command.ExecuteScalarAsync();
    }
}
