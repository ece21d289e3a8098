using Microsoft.EntityFrameworkCore;
using Procurement.Application.Tenders;
using Procurement.Domain.Tenders;
using Procurement.Infrastructure.Database;

namespace Procurement.Infrastructure.Demo;

/// <summary>
/// Takes each <see cref="DemoTenderHistory"/> story through the use cases an officer and suppliers use, at past times:
/// drafted and published by the agency's demo officer, bid for, opened, evaluated, awarded or cancelled. Runs before the
/// scheduler starts, so the jobs its steps schedule for past times find them done. A story whose title exists is left
/// alone, so later runs change nothing.
/// </summary>
public sealed class DemoTenderHistorySeeder(
    ProcurementDbContext db,
    DraftTenderHandler drafts,
    PublishTenderHandler publisher,
    CancelTenderHandler canceller,
    DemoBidding bidding,
    DemoAwarding awarding,
    TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var time = new DemoTime(clock.GetUtcNow());
        var existing = (await db.Tenders.Select(t => t.Title).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var story in DemoTenderHistory.Stories)
        {
            var published = time.DaysAgo(story.PublishedDaysAgo);
            var deadline = story.Stage == DemoStage.ClosingSoon ? ClosingSoon(time.Start) : time.DaysAgo(story.DeadlineDaysAgo);
            var details = story.Details(published, deadline);
            if (!existing.Contains(details.Title!))
            {
                await TellAsync(story, details, published, time, cancellationToken);
            }
        }
    }

    /// <summary>Half an hour after the first start, on the minute: long enough to bid, short enough to watch the opening.</summary>
    private static DateTimeOffset ClosingSoon(DateTimeOffset start) =>
        new DateTimeOffset(start.UtcDateTime.Date.AddHours(start.UtcDateTime.Hour).AddMinutes(start.UtcDateTime.Minute), TimeSpan.Zero).AddMinutes(30);

    private async Task TellAsync(DemoStory story, TenderDetails details, DateTimeOffset published, DemoTime time, CancellationToken cancellationToken)
    {
        var officer = await OfficerAsync(story, cancellationToken);
        Guid tenderId;
        using (DemoTime.At(published))
        {
            var drafted = Check(await drafts.HandleAsync(new CreateTenderDraft(officer, officer.AgencyId!.Value, details), cancellationToken), details);
            tenderId = Check(await publisher.HandleAsync(new PublishTender(officer, drafted.TenderId), cancellationToken), details).TenderId;
        }

        var tender = await db.Tenders.SingleAsync(t => t.Id == tenderId, cancellationToken);
        if (story.Stage == DemoStage.Cancelled)
        {
            using (DemoTime.At(published.AddDays(story.PublishedDaysAgo / 2)))
            {
                Check(await canceller.HandleAsync(new CancelTender(officer, tenderId, story.EndReason), cancellationToken), details);
            }

            return;
        }

        await bidding.SubmitAsync(tender, story.Bids, cancellationToken);
        if (story.Stage == DemoStage.ClosingSoon)
        {
            return;
        }

        await bidding.OpenAsync(tender, cancellationToken);
        if (story.Stage != DemoStage.Opened)
        {
            await awarding.EvaluateAsync(tender, officer, story, cancellationToken);
        }
    }

    private async Task<TenderActor> OfficerAsync(DemoStory story, CancellationToken cancellationToken)
    {
        var officer = await db.Users.Where(u => u.Email == story.OfficerEmail).Select(u => new { u.Id, u.AgencyId }).SingleAsync(cancellationToken);
        return new TenderActor(officer.Id, officer.AgencyId, IsAdmin: false);
    }

    private static TenderChange Check(TenderChange change, TenderDetails details) => change.Succeeded
        ? change
        : throw new InvalidOperationException($"Demo tender “{details.Title}” was refused: {string.Join(" ", change.Errors.Select(e => $"{e.Field}: {e.Message}"))}");
}
