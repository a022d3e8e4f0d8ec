using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MediaDiscovery.Hosting.Problems;

/// <summary>
/// Turns exceptions into problem+json: bad requests (unreadable JSON, oversized bodies) keep their 4xx, and
/// anything else is a 500 that reveals no internals (the log has the details, under the correlation id).
/// </summary>
public sealed partial class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "Malformed request", Describe(bad)),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => (499, "Client closed request", "The request was cancelled."),
            _ => (StatusCodes.Status500InternalServerError, "Internal error", "Something went wrong on our side; quote the correlation id when reporting it."),
        };
        if (status >= 500)
            LogUnhandled(logger, exception);
        else
            LogRejected(logger, status, exception.Message);

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail, Type = ProblemTypes.ForStatus(status) },
        });
    }

    // The framework's messages name parameter types; keep the useful part, never a stack or type name.
    private static string Describe(BadHttpRequestException bad) => bad.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        StatusCodes.Status415UnsupportedMediaType => "Expected a JSON body (Content-Type: application/json).",
        _ when bad.InnerException is System.Text.Json.JsonException => "The request body is not valid JSON for this endpoint.",
        _ => "The request could not be read.",
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception")]
    private static partial void LogUnhandled(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected request with {Status}: {Reason}")]
    private static partial void LogRejected(ILogger logger, int status, string reason);
}
