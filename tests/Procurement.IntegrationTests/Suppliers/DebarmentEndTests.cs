using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Procurement.Application.Scheduling.Ports;
using Procurement.Application.Suppliers;
using Procurement.Domain.Suppliers;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Suppliers;

public sealed class DebarmentEndTests(AppFixture fixture)
{
    [Fact]
    public async Task A_debarment_ends_by_itself_at_its_time_the_company_is_told_and_is_back_in_the_directory()
    {
        var (id, company, email) = await fixture.App.VerifiedSupplierWithUserAsync();
        await fixture.App.AssertEventuallyInPublicSearchAsync(company);
        var until = DateTimeOffset.UtcNow.AddSeconds(2);

        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var errors = await scope.ServiceProvider.GetRequiredService<DecideSupplierVerificationHandler>().HandleAsync(
                new DecideSupplierVerification(id, Guid.NewGuid(), VerificationDecision.Suspend, "Grave professional misconduct.", until), CancellationToken.None);
            Assert.Empty(errors);
            var scheduled = await scope.ServiceProvider.GetRequiredService<IJobScheduler>().NextRunAsync(ScheduledWork.EndDebarment, id, CancellationToken.None);
            Assert.Equal(until.ToUnixTimeMilliseconds(), scheduled?.ToUnixTimeMilliseconds());
        }

        Assert.Equal(VerificationStatus.Verified, await fixture.App.EventuallyAsync(id, VerificationStatus.Verified, TimeSpan.FromSeconds(30)));
        var ended = await fixture.App.WithDbAsync(db => db.SupplierDecisions.SingleAsync(d => d.SupplierId == id && d.Kind == SupplierDecisionKind.DebarmentEnded));
        Assert.Equal(SupplierDecision.Platform, ended.DecidedBy);
        Assert.True(ended.DecidedAt >= until);
        Assert.Contains($"The debarment period of {company} is over", Mailbox.LatestTo(fixture.App, email), StringComparison.Ordinal);
        await fixture.App.AssertEventuallyInPublicSearchAsync(company);
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            Assert.Null(await scope.ServiceProvider.GetRequiredService<IJobScheduler>().NextRunAsync(ScheduledWork.EndDebarment, id, CancellationToken.None));
        }
    }

    [Fact]
    public async Task Reinstating_a_debarred_supplier_cancels_the_scheduled_end()
    {
        var (id, _, _) = await fixture.App.VerifiedSupplierWithUserAsync();
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var decide = scope.ServiceProvider.GetRequiredService<DecideSupplierVerificationHandler>();
        var scheduler = scope.ServiceProvider.GetRequiredService<IJobScheduler>();

        await decide.HandleAsync(new DecideSupplierVerification(id, Guid.NewGuid(), VerificationDecision.Suspend, "Bid rigging.", DateTimeOffset.UtcNow.AddYears(2)), CancellationToken.None);
        Assert.NotNull(await scheduler.NextRunAsync(ScheduledWork.EndDebarment, id, CancellationToken.None));
        await decide.HandleAsync(new DecideSupplierVerification(id, Guid.NewGuid(), VerificationDecision.Reinstate, null), CancellationToken.None);

        Assert.Null(await scheduler.NextRunAsync(ScheduledWork.EndDebarment, id, CancellationToken.None));
    }

    [Fact]
    public async Task The_sweep_ends_only_overdue_debarments_and_running_it_again_changes_nothing()
    {
        var overdue = await fixture.App.VerifiedSupplierWithUserAsync(supplier =>
            supplier.Suspend(Guid.NewGuid(), "Misrepresentation.", until: DateTimeOffset.UtcNow.AddDays(-1), at: DateTimeOffset.UtcNow.AddDays(-20)));
        var running = await fixture.App.VerifiedSupplierWithUserAsync(supplier =>
            supplier.Suspend(Guid.NewGuid(), "Misrepresentation.", until: DateTimeOffset.UtcNow.AddDays(10), at: DateTimeOffset.UtcNow.AddDays(-20)));
        var indefinite = await fixture.App.VerifiedSupplierWithUserAsync(supplier =>
            supplier.Suspend(Guid.NewGuid(), "Under investigation.", until: null, at: DateTimeOffset.UtcNow.AddDays(-20)));

        await using var scope = fixture.App.Services.CreateAsyncScope();
        var sweep = scope.ServiceProvider.GetRequiredService<EndDueDebarmentsHandler>();
        var first = await sweep.HandleAsync(new EndDueDebarments(), CancellationToken.None);
        var second = await sweep.HandleAsync(new EndDueDebarments(), CancellationToken.None);

        Assert.Contains(overdue.Id, first);
        Assert.DoesNotContain(running.Id, first);
        Assert.DoesNotContain(indefinite.Id, first);
        Assert.DoesNotContain(overdue.Id, second);
        Assert.Equal(1, await fixture.App.WithDbAsync(db => db.SupplierDecisions.CountAsync(d => d.SupplierId == overdue.Id && d.Kind == SupplierDecisionKind.DebarmentEnded)));
        Assert.Equal(VerificationStatus.Suspended, await fixture.App.WithDbAsync(async db => (await db.Suppliers.FindAsync(running.Id))!.Status));
    }
}
