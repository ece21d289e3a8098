using System.Net;

namespace Procurement.Search.Elasticsearch;

/// <summary>Elasticsearch refused a request, or some items of a bulk request.</summary>
public sealed class ElasticsearchException : Exception
{
    public ElasticsearchException()
    {
    }

    public ElasticsearchException(string message)
        : base(message)
    {
    }

    public ElasticsearchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ElasticsearchException(string message, HttpStatusCode statusCode, string? errorType, string? reason)
        : base(message)
    {
        StatusCode = statusCode;
        ErrorType = errorType;
        Reason = reason;
    }

    public HttpStatusCode? StatusCode { get; }

    /// <summary>Elasticsearch's error type, e.g. <c>parsing_exception</c> or <c>mapper_parsing_exception</c>.</summary>
    public string? ErrorType { get; }

    public string? Reason { get; }
}
