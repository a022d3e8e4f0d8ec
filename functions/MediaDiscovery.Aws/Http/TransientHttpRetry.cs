using System.Net;
using Polly;
using Polly.Retry;

namespace MediaDiscovery.Aws.Http;

/// <summary>
/// A Polly retry pipeline for AWS HTTP calls: retries throttling (429), request timeouts (408) and server errors
/// (5xx), and transport failures, with exponential jittered backoff. The caller's cancellation is never retried.
/// Each attempt must create its own request message: a sent <see cref="HttpRequestMessage"/> cannot be resent.
/// </summary>
public static class TransientHttpRetry
{
    public static ResiliencePipeline<HttpResponseMessage> Build(HttpRetryOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        if (time is not null)
            builder.TimeProvider = time;
        if (options.MaxRetries <= 0)
            return builder.Build();
        return builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = options.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.FirstDelay,
            MaxDelay = options.MaxDelay,
            ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context.CancellationToken)),
            OnRetry = args =>
            {
                // The failed response is replaced by the next attempt's: release its connection.
                args.Outcome.Result?.Dispose();
                return default;
            },
        }).Build();
    }

    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || (int)status >= 500;

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, CancellationToken callerToken) => outcome switch
    {
        { Exception: HttpRequestException } => true,
        // HttpClient's own timeout surfaces as a cancellation the caller did not ask for.
        { Exception: OperationCanceledException } => !callerToken.IsCancellationRequested,
        { Result: { } response } => IsTransient(response.StatusCode),
        _ => false,
    };
}
