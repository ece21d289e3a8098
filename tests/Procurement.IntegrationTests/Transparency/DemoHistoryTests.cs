using Microsoft.EntityFrameworkCore;
using Procurement.Domain.Awards;
using Procurement.Domain.Tenders;
using Procurement.Infrastructure.Demo;
using Procurement.Testing;

namespace Procurement.IntegrationTests.Transparency;

public sealed class DemoHistoryTests(AppFixture fixture)
{
    [Fact]
    public async Task The_demo_holds_a_tender_at_every_stage_made_through_the_use_cases()
    {
        var titles = DemoTenderHistory.Stories.Select(story => story.Details(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow).Title!).ToList();
        var tenders = await fixture.App.WithDbAsync(db => db.Tenders.Where(t => titles.Contains(t.Title)).Select(t => new { t.Id, t.Title, t.Status, t.PublishedAt, t.OpenedAt }).ToListAsync());

        var expected = DemoTenderHistory.Stories.ToDictionary(story => story.Details(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow).Title!, story => story.Stage switch
        {
            DemoStage.ClosingSoon => TenderStatus.Published,
            DemoStage.Opened => TenderStatus.Opened,
            DemoStage.Evaluation => TenderStatus.Evaluation,
            DemoStage.Standstill => TenderStatus.Standstill,
            DemoStage.Awarded => TenderStatus.Awarded,
            DemoStage.Unsuccessful => TenderStatus.Unsuccessful,
            _ => TenderStatus.Cancelled,
        });
        Assert.Equal(expected.Count, tenders.Count);
        Assert.All(tenders, tender => Assert.Equal(expected[tender.Title], tender.Status));

        // Sealed, opened and awarded for real: opening records from the vault's key, audited decisions and signed contracts.
        var opened = tenders.Where(t => t.OpenedAt is not null).Select(t => t.Id).ToList();
        Assert.Equal(opened.Count, await fixture.App.WithDbAsync(db => db.OpeningRecords.CountAsync(o => opened.Contains(o.TenderId))));
        Assert.All(tenders.Where(t => t.OpenedAt is not null), t => Assert.True(t.OpenedAt < DateTimeOffset.UtcNow.AddHours(-12)));
        var awarded = tenders.Where(t => t.Status == TenderStatus.Awarded).Select(t => t.Id).ToList();
        var contracts = await fixture.App.WithDbAsync(db => db.Contracts.Where(c => awarded.Contains(c.TenderId)).ToListAsync());
        Assert.NotEmpty(contracts);
        Assert.All(contracts, contract => Assert.True(contract.IsSigned));
        Assert.True(await fixture.App.WithDbAsync(db => db.AwardDecisions.AnyAsync(d => awarded.Contains(d.TenderId) && d.Status == AwardDecisionStatus.Final)));
        Assert.True(await fixture.App.WithDbAsync(db => db.AuditLog.AnyAsync(e => e.Action == "tender.award_finalised")));
    }
}
