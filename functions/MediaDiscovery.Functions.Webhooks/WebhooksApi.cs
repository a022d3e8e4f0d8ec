using MediaDiscovery.Aws.Sqs;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Webhooks;
using MediaDiscovery.Hosting.Problems;
using MediaDiscovery.Hosting.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaDiscovery.Functions.Webhooks;

/// <summary>
/// <c>POST /api/v1/webhooks/{platform}</c>: a platform reports an availability change. The raw body is bounded, the
/// Standard Webhooks signature verified on it, the payload validated, and the event queued durably before the 202;
/// any refusal queues nothing, and a queue that cannot take it answers 503 with Retry-After. Unknown platform: 404. Body over 64 KB: 413. Missing or malformed signature headers,
/// or an invalid payload: 400. Wrong signature, timestamp outside 5 minutes, or no (valid) secret configured for
/// the platform: 401 (the caller cannot be authenticated; the log says which).
/// </summary>
public static partial class WebhooksApi
{
    public static IEndpointRouteBuilder MapWebhooksApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/webhooks/{platform}", ReceiveAsync)
            .WithTags("Webhooks")
            .WithName("ReceiveWebhook")
            .WithSummary("Receive a platform webhook")
            .WithDescription("An availability change a platform pushes, signed per Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature). Accepted once per webhook id and applied asynchronously.")
            .Accepts<AvailabilityChangedWebhookBody>("application/json")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireWebhookSignature();
        return app;
    }

    private static async Task<Results<Accepted<WebhookAcceptedResponse>, ProblemHttpResult, ValidationProblem>> ReceiveAsync(
        string platform,
        HttpRequest request,
        CatalogTaxonomy taxonomy,
        WebhookVerifiers verifiers,
        WebhookPayloadParser parser,
        IWebhookQueue queue,
        TimeProvider clock,
        ILoggerFactory loggers,
        CancellationToken ct)
    {
        if (taxonomy.PlatformById(platform) is null)
            return ApiProblems.NotFound($"No platform has the id '{(platform.Length <= 40 ? platform : platform[..40] + "...")}'.");
        var body = await ReadBoundedAsync(request, WebhookPayloadParser.MaxBodyBytes, ct);
        if (body is null)
            return WebhookProblems.TooLarge(WebhookPayloadParser.MaxBodyBytes);

        var logger = loggers.CreateLogger(typeof(WebhooksApi).FullName!);
        var headers = request.Headers;
        var webhookId = headers[StandardWebhookHeaders.Id].ToString();
        var verifier = verifiers.For(platform);
        if (verifier is null)
        {
            LogNoSecret(logger, platform);
            return WebhookProblems.Unauthorized();
        }
        var verdict = verifier.Verify(webhookId, headers[StandardWebhookHeaders.Timestamp].ToString(), headers[StandardWebhookHeaders.Signature].ToString(), body);
        switch (verdict.Status)
        {
            case WebhookVerificationStatus.Valid:
                break;
            case WebhookVerificationStatus.MissingHeader or WebhookVerificationStatus.MalformedHeader:
                return ApiProblems.BadRequest(verdict.Reason);
            case WebhookVerificationStatus.InvalidSecret:
                LogBadSecret(logger, platform, verdict.Reason);
                return WebhookProblems.Unauthorized();
            default:
                LogRefused(logger, platform, verdict.Status, verdict.Reason);
                return WebhookProblems.Unauthorized();
        }

        var parsed = parser.Parse(platform, body);
        if (!parsed.IsValid)
        {
            return ApiProblems.Validation(parsed.Errors.GroupBy(e => e.Field, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal));
        }
        EnqueueOutcome outcome;
        try
        {
            outcome = await queue.EnqueueAsync(new WebhookMessage(webhookId, parsed.Value, clock.GetUtcNow()), ct);
        }
        catch (SqsPublishException e)
        {
            // Not queued, so no 202: the sender retries (Standard Webhooks senders do, for days).
            LogNotQueued(logger, platform, webhookId, e);
            return WebhookProblems.QueueUnavailable(request.HttpContext.Response);
        }
        return TypedResults.Accepted((string?)null,
            new WebhookAcceptedResponse(webhookId, outcome == EnqueueOutcome.Queued ? "queued" : "duplicate"));
    }

    /// <summary>The body's bytes, or null when it is longer than <paramref name="maxBytes"/> (read no further than that).</summary>
    private static async Task<byte[]?> ReadBoundedAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes)
            return null;
        var buffer = new byte[maxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), ct)) > 0)
            length += read;
        return length > maxBytes ? null : buffer[..length];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook for {Platform} refused: no secret is configured (Webhooks:Secrets:{Platform}:0)")]
    private static partial void LogNoSecret(ILogger logger, string platform);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook for {Platform} refused: the configured secrets are unusable: {Reason}")]
    private static partial void LogBadSecret(ILogger logger, string platform, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook {WebhookId} for {Platform} could not be queued; answered 503")]
    private static partial void LogNotQueued(ILogger logger, string platform, string webhookId, Exception e);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook for {Platform} refused ({Status}): {Reason}")]
    private static partial void LogRefused(ILogger logger, string platform, WebhookVerificationStatus status, string reason);
}
