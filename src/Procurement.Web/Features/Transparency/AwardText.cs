using Procurement.Application.Awards.Ports;
using Procurement.Domain.Tenders;
using Procurement.Web.Features.Tenders;

namespace Procurement.Web.Features.Transparency;

public static class AwardText
{
    public static string Summary(AwardNoticeSummary notice) => notice.Outcome == TenderStatus.Unsuccessful
        ? $"{notice.AgencyName}: no contract awarded; every lot was declared unsuccessful."
        : $"{notice.AgencyName} awarded {Lots(notice.LotsAwarded)} for {TenderText.Money(notice.AwardedValue, notice.Currency)}"
          + (notice.LotsUnsuccessful > 0 ? $"; {Lots(notice.LotsUnsuccessful)} unsuccessful." : ".");

    public static string Lots(int count) => count == 1 ? "1 lot" : $"{count} lots";

    public static string Outcome(TenderStatus status) => status == TenderStatus.Unsuccessful ? "Unsuccessful" : "Awarded";
}
