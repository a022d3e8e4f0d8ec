using System.Text.Json;
using MediaDiscovery.Aws.Sqs;
using MediaDiscovery.Core.Webhooks;
using MediaDiscovery.Hosting.Problems;
using MediaDiscovery.Hosting.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaDiscovery.Functions.Webhooks;

/// <summary>
/// The AWS consumer: an SQS batch of queued webhooks (the Lambda Web Adapter's pass-through POST). Each message is
/// applied; the ones not applied (unreadable, unknown title, failing) are named in <c>batchItemFailures</c>, so SQS
/// redelivers them and, after the queue's maxReceiveCount, moves them to its dead-letter queue.
/// </summary>
public static partial class WebhookEventsApi
{
    public static IEndpointRouteBuilder MapWebhookEventsApi(this IEndpointRouteBuilder app, string eventsPath)
    {
        app.MapPost(eventsPath, HandleAsync).WithTags("Events").ExcludeFromDescription().InternalEvents();
        return app;
    }

    private static async Task<Results<Ok<SqsBatchResponse>, ProblemHttpResult>> HandleAsync(
        HttpRequest request, WebhookMessageProcessor processor, ILoggerFactory loggers, CancellationToken ct)
    {
        SqsEvent? sqsEvent;
        try
        {
            sqsEvent = await JsonSerializer.DeserializeAsync(request.Body, SqsEventJsonContext.Default.SqsEvent, ct);
        }
        catch (JsonException e)
        {
            return ApiProblems.BadRequest("The event is not an SQS event: " + e.Message);
        }
        if (sqsEvent is null)
            return ApiProblems.BadRequest("The event is null.");
        // JSON nulls override the initialisers' defaults; a batch SQS could not have sent is refused whole.
        if (sqsEvent.Records is null || sqsEvent.Records.Any(r => r is null || string.IsNullOrEmpty(r.MessageId) || r.Body is null))
            return ApiProblems.BadRequest("Expected an SQS event whose 'Records' each have a 'messageId' and a 'body'.");

        var logger = loggers.CreateLogger(typeof(WebhookEventsApi).FullName!);
        var failed = new List<string>();
        foreach (var record in sqsEvent.Records)
        {
            if (await ApplyAsync(record, processor, ct) is { } error)
            {
                LogFailed(logger, record.MessageId, record.ApproximateReceiveCount ?? 0, error);
                failed.Add(record.MessageId);
            }
        }
        return TypedResults.Ok(failed.Count == 0 ? SqsBatchResponse.AllSucceeded : SqsBatchResponse.Failed(failed));
    }

    /// <summary>Null when applied, else why not.</summary>
    private static async Task<string?> ApplyAsync(SqsMessage record, WebhookMessageProcessor processor, CancellationToken ct)
    {
        try
        {
            var message = JsonSerializer.Deserialize(record.Body, WebhookMessageJsonContext.Default.WebhookMessage);
            if (message is null)
                return "the body is not a queued webhook";
            return await processor.ApplyAsync(message, ct) == WebhookApplication.Recorded
                ? null
                : $"no title has the external id {message.Event.Platform}:{message.Event.ShowId} (a catalog refresh was requested)";
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return e.GetType().Name + ": " + e.Message;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Queued webhook message {MessageId} (receive {ReceiveCount}) not applied: {Error}")]
    private static partial void LogFailed(ILogger logger, string messageId, int receiveCount, string error);
}
