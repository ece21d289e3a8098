using System.Net;
using System.Text;

namespace Procurement.Search.Tests.Elasticsearch;

/// <summary>An in-process stand-in for Elasticsearch: records each request and answers from a script, in order.</summary>
internal sealed class RecordingHandler : HttpMessageHandler
{
    private readonly Queue<(HttpStatusCode Status, string Body)> _answers = new();

    public List<RecordedRequest> Requests { get; } = [];

    public RecordingHandler Answer(HttpStatusCode status, string body = "")
    {
        _answers.Enqueue((status, body));
        return this;
    }

    public RecordingHandler AnswerOk(string body) => Answer(HttpStatusCode.OK, body);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add(new RecordedRequest(
            request.Method.Method,
            request.RequestUri!,
            request.Content?.Headers.ContentType?.MediaType,
            request.Headers.Authorization?.ToString(),
            body));
        if (_answers.Count == 0)
        {
            throw new InvalidOperationException($"No answer scripted for request {Requests.Count}: {request.Method} {request.RequestUri}");
        }

        var (status, answer) = _answers.Dequeue();
        return new HttpResponseMessage(status) { Content = new StringContent(answer, Encoding.UTF8, "application/json") };
    }
}

internal sealed record RecordedRequest(string Method, Uri Uri, string? ContentType, string? Authorization, string? Body)
{
    public string PathAndQuery => Uri.PathAndQuery;

    public override string ToString() => $"{Method} {PathAndQuery}";
}
