using System.Net;

namespace MediaDiscovery.Aws.Bedrock;

/// <summary>A Bedrock call failed for good (after retries), or answered something unusable.</summary>
public sealed class BedrockInvocationException : Exception
{
    public BedrockInvocationException()
    {
    }

    public BedrockInvocationException(string message)
        : base(message)
    {
    }

    public BedrockInvocationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public BedrockInvocationException(string message, HttpStatusCode? status, string? errorType, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = status;
        ErrorType = errorType;
    }

    /// <summary>The HTTP status Bedrock answered, if it answered.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Bedrock's error type (<c>ThrottlingException</c>, <c>ValidationException</c>, ...), if given.</summary>
    public string? ErrorType { get; }
}
