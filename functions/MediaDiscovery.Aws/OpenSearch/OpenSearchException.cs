using System.Net;

namespace MediaDiscovery.Aws.OpenSearch;

/// <summary>
/// OpenSearch could not answer (unreachable, timed out, throttled past the retries, or an error response). Callers
/// degrade on it (e.g. search falls back to a cached or lexical-only answer) instead of failing the request.
/// </summary>
public sealed class OpenSearchException : Exception
{
    public OpenSearchException()
    {
    }

    public OpenSearchException(string message)
        : base(message)
    {
    }

    public OpenSearchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public OpenSearchException(string message, HttpStatusCode? status, string? errorType, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = status;
        ErrorType = errorType;
    }

    public HttpStatusCode? StatusCode { get; }

    /// <summary>OpenSearch's error type (<c>search_phase_execution_exception</c>, <c>index_not_found_exception</c>, ...).</summary>
    public string? ErrorType { get; }
}
