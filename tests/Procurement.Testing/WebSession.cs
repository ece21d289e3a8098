using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Procurement.Testing;

/// <summary>
/// A person using the site without a browser: keeps cookies, reads pages, and submits forms with the
/// antiforgery token the page carried, the way a browser would.
/// </summary>
public sealed partial class WebSession : IDisposable
{
    private readonly HttpClient _client;

    public WebSession(ProcurementAppFactory app) =>
        _client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<Page> GetAsync(string path, bool followRedirects = true)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        return await ReadAsync(response, followRedirects);
    }

    /// <summary>Loads <paramref name="formPage"/>, then posts <paramref name="fields"/> to <paramref name="action"/> with its antiforgery token.</summary>
    public async Task<Page> SubmitAsync(string formPage, string action, IDictionary<string, string> fields, bool followRedirects = true)
    {
        var page = await GetAsync(formPage);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = page.AntiforgeryToken() };
        using var content = new FormUrlEncodedContent(form);
        var response = await _client.PostAsync(new Uri(action, UriKind.Relative), content);
        return await ReadAsync(response, followRedirects);
    }

    /// <summary>Posts <paramref name="fields"/> with an antiforgery token read earlier, for requests that must go out at a chosen moment.</summary>
    public async Task<Page> PostAsync(string action, string antiforgeryToken, IDictionary<string, string> fields, bool followRedirects = true)
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = antiforgeryToken });
        var response = await _client.PostAsync(new Uri(action, UriKind.Relative), content);
        return await ReadAsync(response, followRedirects);
    }

    /// <summary>As <see cref="SubmitAsync"/>, as multipart/form-data with one file, the way a browser sends an upload form.</summary>
    public async Task<Page> UploadAsync(
        string formPage, string action, IDictionary<string, string> fields, string fileField, string fileName, string contentType, byte[] content, bool followRedirects = true)
    {
        var page = await GetAsync(formPage);
        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = page.AntiforgeryToken() })
        {
            form.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        form.Add(file, fileField, fileName);
        var response = await _client.PostAsync(new Uri(action, UriKind.Relative), form);
        return await ReadAsync(response, followRedirects);
    }

    /// <summary>The raw response to a GET, for downloads: headers and bytes as sent.</summary>
    public Task<HttpResponseMessage> GetRawAsync(string path) => _client.GetAsync(new Uri(path, UriKind.Relative));

    private async Task<Page> ReadAsync(HttpResponseMessage response, bool followRedirects)
    {
        using (response)
        {
            if (followRedirects && response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther && response.Headers.Location is { } location)
            {
                var page = await GetAsync(location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString, followRedirects);
                return page with { RedirectedFrom = page.RedirectedFrom ?? location.OriginalString };
            }

            var redirect = response.Headers.Location is { IsAbsoluteUri: true } absolute ? absolute.PathAndQuery : response.Headers.Location?.OriginalString;
            return new Page(response.StatusCode, redirect, await response.Content.ReadAsStringAsync(), response.RequestMessage?.RequestUri?.PathAndQuery ?? string.Empty, null);
        }
    }

    public void Dispose() => _client.Dispose();

    public sealed partial record Page(HttpStatusCode Status, string? Location, string Html, string Path, string? RedirectedFrom)
    {
        public string AntiforgeryToken()
        {
            var match = TokenInput().Match(Html);
            return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"No antiforgery token on {Path}.");
        }

        /// <summary>The page's text with tags removed and entities decoded, for asserting what a reader sees.</summary>
        public string Text => WebUtility.HtmlDecode(Tags().Replace(Html, " "));

        [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
        private static partial Regex TokenInput();

        [GeneratedRegex("<[^>]+>")]
        private static partial Regex Tags();
    }
}
