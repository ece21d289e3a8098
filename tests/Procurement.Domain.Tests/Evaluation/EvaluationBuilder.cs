using Procurement.Domain.Bids;
using Procurement.Domain.Evaluation;
using Procurement.Domain.Tenders;
using Procurement.Domain.Tests.Tenders;

namespace Procurement.Domain.Tests.Evaluation;

/// <summary>An opened best-value tender (price 60, technical merit 30, social value 10; two lots), its bids and a committee of three.</summary>
internal sealed class EvaluationBuilder
{
    public static readonly Nominee Chair = new(Guid.NewGuid(), "Priya Raman");
    public static readonly Nominee Second = new(Guid.NewGuid(), "Daniel Mensah");
    public static readonly Nominee Third = new(Guid.NewGuid(), "Sofia Marques");

    private readonly List<OpenedBid> _bids = [];

    public EvaluationBuilder(TenderDetails? details = null)
    {
        Tender = TenderBuilder.Published(details);
        OpenedAt = Tender.SubmissionDeadline.AddMinutes(1);
        Tender.RecordOpening(0, OpenedAt);
    }

    public Tender Tender { get; }
    public DateTimeOffset OpenedAt { get; }
    public DateTimeOffset Later => OpenedAt.AddHours(1);

    public OpenedBid Bid(string supplier, decimal lot1Price, decimal? lot2Price = null, BidIntegrity integrity = BidIntegrity.Intact, int minutesBeforeDeadline = 60)
    {
        var bid = new OpenedBid(Guid.NewGuid(), Guid.NewGuid(), supplier, 1, Tender.SubmissionDeadline.AddMinutes(-minutesBeforeDeadline), new string('a', 64), integrity, integrity == BidIntegrity.Intact ? null : "changed");
        if (integrity == BidIntegrity.Intact)
        {
            List<LotOffer> offers = [new(1, lot1Price, 90, null)];
            if (lot2Price is { } second)
            {
                offers.Add(new LotOffer(2, second, 90, null));
            }

            bid.Read(new BidContent(offers, []), Tender, []);
        }

        _bids.Add(bid);
        return bid;
    }

    public OpeningRecord Opening => new(Tender.Id, OpenedAt, "ABCD EF01", 0, _bids);

    /// <summary>Names the committee (the tender moves to evaluation) and has every member declare no conflict.</summary>
    public TenderEvaluation Committee(ScoreScale scale = ScoreScale.OutOfTen, bool declare = true)
    {
        var (evaluation, _) = TenderEvaluation.Name(Tender, scale, [Chair, Second, Third], Chair.UserId, 3, TenderBuilder.Officer, Later);
        Tender.BeginEvaluation(TenderBuilder.Officer, Later);
        if (declare)
        {
            foreach (var member in new[] { Chair, Second, Third })
            {
                evaluation.Declare(member.UserId, hasConflict: false, null, Later);
            }
        }

        return evaluation;
    }

    public static IReadOnlyList<ScoreEntry> Scores(decimal technical, decimal social) =>
        [new("Technical merit", technical, "Method statement is detailed."), new("Social value", social, "Two apprenticeships offered.")];

    /// <summary>Every member gives the same scores and the chair agrees them, for one bid's lot.</summary>
    public void ScoreAndAgree(TenderEvaluation evaluation, OpenedBid bid, int lot, decimal technical, decimal social)
    {
        foreach (var member in evaluation.ActiveMembers.ToList())
        {
            evaluation.SubmitScores(member.UserId, Tender, bid, lot, Scores(technical, social), Later);
        }

        evaluation.SetConsensus(evaluation.Chair!.UserId, Tender, bid, lot, Scores(technical, social), Later);
    }
}
