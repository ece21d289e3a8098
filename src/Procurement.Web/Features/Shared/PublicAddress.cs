namespace Procurement.Web.Features.Shared;

/// <summary>The site's public address for absolute links in feeds: <c>PublicUrl</c> when set, otherwise the request's.</summary>
public static class PublicAddress
{
    public static Uri Of(HttpRequest request, IConfiguration configuration)
    {
        var configured = configuration["PublicUrl"];
        return new Uri(string.IsNullOrWhiteSpace(configured) ? $"{request.Scheme}://{request.Host}{request.PathBase}/" : configured.TrimEnd('/') + "/");
    }
}
