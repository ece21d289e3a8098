using Procurement.Domain.Bids;
using Procurement.Domain.Evaluation;
using Procurement.Domain.Tenders;
using Procurement.Domain.Tests.Tenders;

namespace Procurement.Domain.Tests.Evaluation;

public sealed class TenderEvaluationTests
{

    [Fact]
    public void A_committee_needs_the_minimum_number_of_members_and_a_chair_among_them()
    {
        var build = new EvaluationBuilder();

        var tooFew = Assert.Throws<DomainRuleException>(() => TenderEvaluation.Name(build.Tender, ScoreScale.OutOfTen, [EvaluationBuilder.Chair, EvaluationBuilder.Second], EvaluationBuilder.Chair.UserId, 3, TenderBuilder.Officer, build.Later));
        var noChair = Assert.Throws<DomainRuleException>(() => TenderEvaluation.Name(build.Tender, ScoreScale.OutOfTen, [EvaluationBuilder.Chair, EvaluationBuilder.Second, EvaluationBuilder.Third], Guid.NewGuid(), 3, TenderBuilder.Officer, build.Later));

        Assert.Contains("at least 3", tooFew.Message);
        Assert.Contains("chair", noChair.Message);
    }

    [Fact]
    public void A_committee_is_named_only_for_a_tender_whose_bids_are_opened()
    {
        var published = TenderBuilder.Published();

        Assert.Throws<DomainRuleException>(() => TenderEvaluation.Name(published, ScoreScale.OutOfTen, [EvaluationBuilder.Chair, EvaluationBuilder.Second, EvaluationBuilder.Third], EvaluationBuilder.Chair.UserId, 3, TenderBuilder.Officer, TenderBuilder.Now));
    }

    [Fact]
    public void A_member_sees_no_bid_until_declaring_no_conflict()
    {
        var build = new EvaluationBuilder();
        var evaluation = build.Committee(declare: false);

        Assert.False(evaluation.MaySeeBids(EvaluationBuilder.Second.UserId));
        var declared = evaluation.Declare(EvaluationBuilder.Second.UserId, hasConflict: false, null, build.Later);

        Assert.True(evaluation.MaySeeBids(EvaluationBuilder.Second.UserId));
        Assert.False(evaluation.MaySeeBids(EvaluationBuilder.Third.UserId));
        Assert.False(evaluation.MaySeeBids(Guid.NewGuid()));
        Assert.Equal(EvaluationEventKind.NoConflictDeclared, declared.Kind);
    }

    [Fact]
    public void A_declared_conflict_needs_a_statement_and_removes_the_member_for_good()
    {
        var build = new EvaluationBuilder();
        var evaluation = build.Committee(declare: false);

        Assert.Throws<DomainRuleException>(() => evaluation.Declare(EvaluationBuilder.Third.UserId, hasConflict: true, " ", build.Later));
        var conflict = evaluation.Declare(EvaluationBuilder.Third.UserId, hasConflict: true, "My brother directs Acme Ltd.", build.Later);

        var member = evaluation.MemberOf(EvaluationBuilder.Third.UserId)!;
        Assert.False(member.IsActive);
        Assert.False(evaluation.MaySeeBids(EvaluationBuilder.Third.UserId));
        Assert.Equal(EvaluationEventKind.ConflictDeclared, conflict.Kind);
        Assert.Contains("Acme", conflict.Detail);
        Assert.Throws<DomainRuleException>(() => evaluation.Declare(EvaluationBuilder.Third.UserId, hasConflict: false, null, build.Later));
        Assert.Throws<DomainRuleException>(() => evaluation.ChangeCommittee([EvaluationBuilder.Third], EvaluationBuilder.Chair.UserId, TenderBuilder.Officer, build.Later));
    }

    [Fact]
    public void A_chair_who_declares_a_conflict_leaves_no_chair_and_their_decisions_are_cleared_until_the_officer_names_another()
    {
        var build = new EvaluationBuilder();
        var bid = build.Bid("Acme Ltd", 100_000m);
        var evaluation = build.Committee();
        evaluation.Qualify(EvaluationBuilder.Chair.UserId, bid, passes: true, null, build.Later);

        evaluation.Declare(EvaluationBuilder.Chair.UserId, hasConflict: true, "I advised Acme Ltd last year.", build.Later);

        Assert.Null(evaluation.Chair);
        Assert.Null(evaluation.QualificationOf(bid.BidId));
        Assert.Contains(evaluation.Outstanding(build.Tender, build.Opening, 3), o => o.Contains("new chair"));
        var fourth = new Nominee(Guid.NewGuid(), "Leo Grant");
        var events = evaluation.ChangeCommittee([fourth], EvaluationBuilder.Second.UserId, TenderBuilder.Officer, build.Later);

        Assert.Equal([EvaluationEventKind.MemberAdded, EvaluationEventKind.ChairAppointed], events.Select(e => e.Kind));
        Assert.Equal(EvaluationBuilder.Second.UserId, evaluation.Chair!.UserId);
        Assert.Single(evaluation.Members, m => m.Role == CommitteeRole.Chair);
    }

    [Fact]
    public void Only_the_declared_chair_records_qualification_and_a_failure_needs_a_reason()
    {
        var build = new EvaluationBuilder();
        var bid = build.Bid("Acme Ltd", 100_000m);
        var evaluation = build.Committee();

        Assert.Throws<DomainRuleException>(() => evaluation.Qualify(EvaluationBuilder.Second.UserId, bid, passes: true, null, build.Later));
        Assert.Throws<DomainRuleException>(() => evaluation.Qualify(EvaluationBuilder.Chair.UserId, bid, passes: false, "  ", build.Later));
        var failed = evaluation.Qualify(EvaluationBuilder.Chair.UserId, bid, passes: false, "No ISO 9001 certificate.", build.Later);

        Assert.Equal(EvaluationEventKind.BidDisqualified, failed.Kind);
        Assert.False(evaluation.IsQualified(bid.BidId));
        Assert.Equal("No ISO 9001 certificate.", evaluation.QualificationOf(bid.BidId)!.Reason);
    }

    [Fact]
    public void A_bid_that_failed_its_integrity_check_cannot_pass_qualification()
    {
        var build = new EvaluationBuilder();
        var broken = build.Bid("Broken Ltd", 0m, integrity: BidIntegrity.HashMismatch);
        var evaluation = build.Committee();

        var refused = Assert.Throws<DomainRuleException>(() => evaluation.Qualify(EvaluationBuilder.Chair.UserId, broken, passes: true, null, build.Later));

        Assert.Contains("integrity", refused.Message);
    }

    [Fact]
    public void Scores_must_be_within_the_scale_whole_and_justified()
    {
        var build = new EvaluationBuilder();
        var evaluation = build.Committee(ScoreScale.OutOfTen);

        var problems = evaluation.ScoreProblems([new("Technical merit", 11m, "Good"), new("Social value", 7.5m, " ")], consensus: false);

        Assert.Equal(["Scores[0].Score", "Scores[1].Score", "Scores[1].Justification"], problems.Select(p => p.Field));
        Assert.Empty(evaluation.ScoreProblems([new("Technical merit", 7.25m, "Agreed")], consensus: true));
    }

    [Fact]
    public void A_member_scores_only_after_declaring_and_only_qualified_bids()
    {
        var build = new EvaluationBuilder();
        var bid = build.Bid("Acme Ltd", 100_000m);
        var evaluation = build.Committee(declare: false);
        evaluation.Declare(EvaluationBuilder.Chair.UserId, hasConflict: false, null, build.Later);

        Assert.Throws<DomainRuleException>(() => evaluation.SubmitScores(EvaluationBuilder.Second.UserId, build.Tender, bid, 1, EvaluationBuilder.Scores(7, 6), build.Later));
        evaluation.Declare(EvaluationBuilder.Second.UserId, hasConflict: false, null, build.Later);
        Assert.Throws<DomainRuleException>(() => evaluation.SubmitScores(EvaluationBuilder.Second.UserId, build.Tender, bid, 1, EvaluationBuilder.Scores(7, 6), build.Later));
        evaluation.Qualify(EvaluationBuilder.Chair.UserId, bid, passes: true, null, build.Later);

        evaluation.SubmitScores(EvaluationBuilder.Second.UserId, build.Tender, bid, 1, EvaluationBuilder.Scores(7, 6), build.Later);
        evaluation.SubmitScores(EvaluationBuilder.Second.UserId, build.Tender, bid, 1, EvaluationBuilder.Scores(8, 6), build.Later);

        Assert.Equal(8, evaluation.CountingScores(bid.BidId, 1, "Technical merit").Single().Score);
        Assert.Throws<DomainRuleException>(() => evaluation.SubmitScores(EvaluationBuilder.Second.UserId, build.Tender, bid, 2, EvaluationBuilder.Scores(7, 6), build.Later));
    }

    [Fact]
    public void The_consensus_waits_for_every_member_and_starts_from_their_average()
    {
        var build = new EvaluationBuilder();
        var bid = build.Bid("Acme Ltd", 100_000m);
        var evaluation = build.Committee();
        evaluation.Qualify(EvaluationBuilder.Chair.UserId, bid, passes: true, null, build.Later);
        evaluation.SubmitScores(EvaluationBuilder.Chair.UserId, build.Tender, bid, 1, EvaluationBuilder.Scores(7, 5), build.Later);
        evaluation.SubmitScores(EvaluationBuilder.Second.UserId, build.Tender, bid, 1, EvaluationBuilder.Scores(8, 5), build.Later);

        var waiting = Assert.Throws<DomainRuleException>(() => evaluation.SetConsensus(EvaluationBuilder.Chair.UserId, build.Tender, bid, 1, EvaluationBuilder.Scores(7, 5), build.Later));
        evaluation.SubmitScores(EvaluationBuilder.Third.UserId, build.Tender, bid, 1, EvaluationBuilder.Scores(8, 6), build.Later);

        Assert.Contains(EvaluationBuilder.Third.Name, waiting.Message);
        Assert.Equal(7.67m, evaluation.AverageScore(bid.BidId, 1, "Technical merit"));
        Assert.Throws<DomainRuleException>(() => evaluation.SetConsensus(EvaluationBuilder.Second.UserId, build.Tender, bid, 1, EvaluationBuilder.Scores(7.67m, 5.33m), build.Later));
        evaluation.SetConsensus(EvaluationBuilder.Chair.UserId, build.Tender, bid, 1, EvaluationBuilder.Scores(7.67m, 5.33m), build.Later);
        Assert.Equal(7.67m, evaluation.ConsensusOf(bid.BidId, 1, "Technical merit")!.Score);
    }

    [Fact]
    public void A_removed_members_scores_no_longer_count()
    {
        var build = new EvaluationBuilder();
        var bid = build.Bid("Acme Ltd", 100_000m);
        var evaluation = build.Committee();
        evaluation.Qualify(EvaluationBuilder.Chair.UserId, bid, passes: true, null, build.Later);
        evaluation.SubmitScores(EvaluationBuilder.Third.UserId, build.Tender, bid, 1, EvaluationBuilder.Scores(2, 2), build.Later);

        evaluation.Declare(EvaluationBuilder.Third.UserId, hasConflict: true, "Former employee of Acme Ltd.", build.Later);

        Assert.Empty(evaluation.CountingScores(bid.BidId, 1, "Technical merit"));
    }

    [Fact]
    public void Finalising_needs_every_declaration_qualification_score_and_consensus()
    {
        var build = new EvaluationBuilder();
        build.Bid("Acme Ltd", 100_000m);
        var evaluation = build.Committee(declare: false);
        evaluation.Declare(EvaluationBuilder.Chair.UserId, hasConflict: false, null, build.Later);

        var refused = Assert.Throws<DomainRuleException>(() => evaluation.Finalise(EvaluationBuilder.Chair.UserId, build.Tender, build.Opening, 3, build.Later));

        Assert.Contains("Daniel Mensah has not signed", refused.Message);
        Assert.Contains("Qualification of the bid of Acme Ltd is not recorded", refused.Message);
        Assert.False(evaluation.IsFinalised);
    }

    [Fact]
    public void Finalising_needs_the_minimum_number_of_members_still_on_the_committee()
    {
        var build = new EvaluationBuilder();
        var bid = build.Bid("Acme Ltd", 100_000m);
        var evaluation = build.Committee();
        evaluation.Declare(EvaluationBuilder.Third.UserId, hasConflict: true, "Shareholder of Acme Ltd.", build.Later);
        evaluation.Qualify(EvaluationBuilder.Chair.UserId, bid, passes: true, null, build.Later);
        build.ScoreAndAgree(evaluation, bid, 1, 7, 5);

        var refused = Assert.Throws<DomainRuleException>(() => evaluation.Finalise(EvaluationBuilder.Chair.UserId, build.Tender, build.Opening, 3, build.Later));

        Assert.Contains("at least 3", refused.Message);
    }

    [Fact]
    public void A_finalised_evaluation_ranks_each_lot_and_is_locked_until_reopened()
    {
        var build = new EvaluationBuilder();
        var acme = build.Bid("Acme Ltd", 100_000m, 50_000m);
        var brightline = build.Bid("Brightline plc", 125_000m);
        var broken = build.Bid("Broken Ltd", 0m, integrity: BidIntegrity.AuthenticationFailed);
        var evaluation = build.Committee();
        evaluation.Qualify(EvaluationBuilder.Chair.UserId, acme, passes: true, null, build.Later);
        evaluation.Qualify(EvaluationBuilder.Chair.UserId, brightline, passes: true, null, build.Later);
        evaluation.Qualify(EvaluationBuilder.Chair.UserId, broken, passes: false, "Content failed the integrity check.", build.Later);
        build.ScoreAndAgree(evaluation, acme, 1, 5, 5);
        build.ScoreAndAgree(evaluation, acme, 2, 6, 6);
        build.ScoreAndAgree(evaluation, brightline, 1, 10, 10);

        var finalised = evaluation.Finalise(EvaluationBuilder.Chair.UserId, build.Tender, build.Opening, 3, build.Later);

        Assert.Equal(EvaluationEventKind.Finalised, finalised.Kind);
        var outcome = evaluation.Outcome(build.Tender, build.Opening);
        // Lot 1: Brightline 48 + 30 + 10 = 88; Acme 60 + 15 + 5 = 80.
        Assert.Equal([("Brightline plc", 1, 88m), ("Acme Ltd", 2, 80m)], outcome[0].Ranking.Select(r => (r.Candidate.SupplierName, r.Rank, r.TotalRounded)));
        Assert.Equal([("Acme Ltd", 1, 60m + 18m + 6m)], outcome[1].Ranking.Select(r => (r.Candidate.SupplierName, r.Rank, r.TotalRounded)));
        Assert.Equal(["Broken Ltd"], outcome[0].Disqualified.Select(b => b.SupplierName));
        Assert.Throws<DomainRuleException>(() => build.ScoreAndAgree(evaluation, acme, 1, 9, 9));

        var reopened = evaluation.Reopen(TenderBuilder.Officer, build.Later);

        Assert.Equal(EvaluationEventKind.Reopened, reopened.Kind);
        Assert.False(evaluation.IsFinalised);
        Assert.Equal(5m, evaluation.ConsensusOf(acme.BidId, 1, "Technical merit")!.Score);
        Assert.Throws<DomainRuleException>(() => evaluation.Reopen(TenderBuilder.Officer, build.Later));
    }

    [Fact]
    public void The_evaluation_is_finalised_only_while_the_tender_is_in_evaluation()
    {
        var build = new EvaluationBuilder();
        build.Bid("Acme Ltd", 100_000m);
        var (evaluation, _) = TenderEvaluation.Name(build.Tender, ScoreScale.OutOfTen, [EvaluationBuilder.Chair, EvaluationBuilder.Second, EvaluationBuilder.Third], EvaluationBuilder.Chair.UserId, 3, TenderBuilder.Officer, build.Later);
        evaluation.Declare(EvaluationBuilder.Chair.UserId, hasConflict: false, null, build.Later);

        var refused = Assert.Throws<DomainRuleException>(() => evaluation.Finalise(EvaluationBuilder.Chair.UserId, build.Tender, build.Opening, 3, build.Later));

        Assert.Contains("in evaluation", refused.Message);
        Assert.Equal(TenderStatus.Opened, build.Tender.Status);
    }
}
