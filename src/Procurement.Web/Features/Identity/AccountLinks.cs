using Procurement.Application.Identity.Ports;

namespace Procurement.Web.Features.Identity;

/// <summary>
/// Builds links for account e-mails from <c>PublicUrl</c> when it is set (it should be in production, so a forged
/// Host header cannot point a reset link elsewhere), otherwise from the address the request came in on.
/// </summary>
internal sealed class AccountLinks(IHttpContextAccessor http, IConfiguration configuration) : IAccountLinks
{
    public Uri EmailConfirmation(Guid userId, string token) =>
        Absolute("/account/confirm-email", ("userId", userId.ToString()), ("token", token));

    public Uri PasswordReset(string email, string token) =>
        Absolute("/account/reset-password", ("email", email), ("token", token));

    private Uri Absolute(string path, params (string Name, string Value)[] query)
    {
        var queryString = QueryString.Create(query.Select(pair => KeyValuePair.Create(pair.Name, (string?)pair.Value)));
        var publicUrl = configuration["PublicUrl"];
        if (!string.IsNullOrWhiteSpace(publicUrl))
        {
            return new Uri($"{publicUrl.TrimEnd('/')}{path}{queryString}");
        }

        var request = http.HttpContext?.Request ?? throw new InvalidOperationException("Account links are built while handling a request.");
        return new Uri($"{request.Scheme}://{request.Host}{request.PathBase}{path}{queryString}");
    }
}
