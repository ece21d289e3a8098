using System.Text;
using Procurement.Domain.Awards;

namespace Procurement.Domain.Tests.Awards;

public sealed class ComplaintTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n% complaint\n");

    [Fact]
    public void A_complaint_is_lodged_during_the_standstill_with_its_documents()
    {
        var decision = Awards.Decided();
        var supplier = Guid.NewGuid();

        var (complaint, lodged) = Complaint.Lodge(decision, supplier, Guid.NewGuid(), " The price score is wrong. ", [new NewComplaintDocument("../grounds.pdf", Pdf)], Awards.Now.AddDays(2));

        Assert.True(complaint.IsOpen);
        Assert.Equal("The price score is wrong.", complaint.Text);
        var document = Assert.Single(complaint.Documents);
        Assert.Equal("grounds.pdf", document.FileName);
        Assert.Equal("application/pdf", document.ContentType);
        Assert.Equal(64, document.Sha256.Length);
        Assert.Equal(AwardEventKind.ComplaintLodged, lodged.Kind);
    }

    [Fact]
    public void No_complaint_after_the_standstill_or_against_a_withdrawn_decision()
    {
        var decision = Awards.Decided();

        Assert.Throws<DomainRuleException>(() => Complaint.Lodge(decision, Guid.NewGuid(), Guid.NewGuid(), "Late.", [], Awards.StandstillEnds));
        decision.Supersede("Upheld.", Awards.Officer, Awards.Now.AddDays(1));
        Assert.Throws<DomainRuleException>(() => Complaint.Lodge(decision, Guid.NewGuid(), Guid.NewGuid(), "Too.", [], Awards.Now.AddDays(2)));
    }

    [Fact]
    public void Text_and_documents_are_checked()
    {
        var decision = Awards.Decided();
        var at = Awards.Now.AddDays(1);

        Assert.Throws<DomainRuleException>(() => Complaint.Lodge(decision, Guid.NewGuid(), Guid.NewGuid(), "  ", [], at));
        Assert.Throws<DomainRuleException>(() => Complaint.Lodge(decision, Guid.NewGuid(), Guid.NewGuid(), new string('x', Complaint.MaxTextLength + 1), [], at));
        var notAPdf = Assert.Throws<DomainRuleException>(() =>
            Complaint.Lodge(decision, Guid.NewGuid(), Guid.NewGuid(), "See attached.", [new NewComplaintDocument("grounds.pdf", Encoding.ASCII.GetBytes("MZ not a pdf"))], at));
        Assert.Contains("grounds.pdf", notAPdf.Message, StringComparison.Ordinal);
        Assert.Throws<DomainRuleException>(() => Complaint.Lodge(decision, Guid.NewGuid(), Guid.NewGuid(), "Many.",
            [.. Enumerable.Range(0, Complaint.MaxDocuments + 1).Select(i => new NewComplaintDocument($"{i}.pdf", Pdf))], at));
    }

    [Fact]
    public void A_complaint_is_decided_once_with_a_reason()
    {
        var (complaint, _) = Complaint.Lodge(Awards.Decided(), Guid.NewGuid(), Guid.NewGuid(), "Wrong.", [], Awards.Now.AddDays(1));

        Assert.Throws<DomainRuleException>(() => complaint.Reject(" ", Awards.Officer, Awards.Now.AddDays(2)));
        var rejected = complaint.Reject("The scores were checked and are right.", Awards.Officer, Awards.Now.AddDays(2));

        Assert.Equal(ComplaintStatus.Rejected, complaint.Status);
        Assert.Equal(Awards.Officer, complaint.DecidedBy);
        Assert.Equal(AwardEventKind.ComplaintRejected, rejected.Kind);
        Assert.Throws<DomainRuleException>(() => complaint.Uphold("Changed my mind.", Awards.Officer, Awards.Now.AddDays(3)));
    }

    [Fact]
    public void A_signed_contract_needs_its_dates_and_a_pdf()
    {
        var decision = Awards.Decided();
        decision.Finalise(Guid.Empty, Awards.StandstillEnds);
        var (contract, _) = Contract.ForFinalDecision(decision, Awards.StandstillEnds)[0];
        var at = Awards.StandstillEnds.AddDays(5);
        var signed = DateOnly.FromDateTime(at.UtcDateTime);

        Assert.Throws<DomainRuleException>(() => contract.RecordSignature(signed.AddDays(10), signed, signed.AddYears(1), "c.pdf", Pdf, Awards.Officer, at));
        Assert.Throws<DomainRuleException>(() => contract.RecordSignature(signed, signed, signed.AddDays(-1), "c.pdf", Pdf, Awards.Officer, at));
        Assert.Throws<DomainRuleException>(() => contract.RecordSignature(signed, signed, signed.AddYears(1), "c.pdf", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], Awards.Officer, at));
        Assert.False(contract.IsSigned);

        var recorded = contract.RecordSignature(signed, signed.AddDays(1), signed.AddYears(1), "signed contract.pdf", Pdf, Awards.Officer, at);

        Assert.True(contract.IsSigned);
        Assert.Equal("signed contract.pdf", contract.DocumentFileName);
        Assert.Equal(AwardEventKind.ContractSigned, recorded.Kind);
    }
}
