using Procurement.Application.Evaluation.Ports;
using Procurement.Application.Orders.Ports;
using Procurement.Application.Tenders.Ports;
using Procurement.Web.Features.Shared;

namespace Procurement.Web.Features.Tenders;

/// <summary>
/// Links to public tender pages for e-mails: from <c>PublicUrl</c> when set, otherwise from the current request, and
/// outside a request (the scheduled publication, demo data) from the first address the app listens on.
/// </summary>
internal sealed class TenderLinks(IHttpContextAccessor http, IConfiguration configuration) : ITenderLinks, IEvaluationLinks, IOrderLinks
{
    public Uri PublicPage(string reference) => new($"{Base()}/tenders/{Uri.EscapeDataString(reference)}");

    public Uri MemberPage(Guid tenderId) => new($"{Base()}/evaluations/{tenderId:D}");

    public Uri OfficerPage(Guid tenderId) => new($"{Base()}/tenders/manage/{tenderId:D}/evaluation");

    public Uri Order(Guid orderId) => new($"{Base()}/orders/{orderId:D}");

    private string Base()
    {
        if (http.HttpContext?.Request is { } request)
        {
            return PublicAddress.Of(request, configuration).AbsoluteUri.TrimEnd('/');
        }

        var publicUrl = configuration["PublicUrl"];
        if (!string.IsNullOrWhiteSpace(publicUrl))
        {
            return publicUrl.TrimEnd('/');
        }

        var urls = configuration["urls"] ?? configuration["ASPNETCORE_URLS"];
        return (urls?.Split(';', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "http://localhost:5000").TrimEnd('/');
    }
}
