using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MediaDiscovery.Aws.Http;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Webhooks;
using Polly;

namespace MediaDiscovery.Aws.Sqs;

/// <summary>
/// Queues verified webhooks in SQS with SendMessage (the AWS JSON 1.0 protocol over HTTPS, SigV4-signed: create the
/// client with <see cref="SqsContentChangePublisher.CreateHttpClient"/>). It returns only once SQS answered 200 with
/// a message id, so the caller's 202 never outruns the queue; anything else is a <see cref="SqsPublishException"/>.
/// A FIFO queue deduplicates by a hash of the webhook id (within SQS's 5-minute window) and orders per platform
/// show; a standard queue cannot tell duplicates, so every enqueue reports <see cref="EnqueueOutcome.Queued"/> and
/// the consumer's recorder makes a redelivered or duplicated webhook a no-op.
/// </summary>
public sealed class SqsWebhookQueue : IWebhookQueue
{
    private static readonly MediaTypeHeaderValue AmzJson = new("application/x-amz-json-1.0");

    private readonly HttpClient http;
    private readonly SqsPublisherOptions options;
    private readonly Uri queueUrl;
    private readonly ResiliencePipeline<HttpResponseMessage> callRetry;

    /// <param name="http">A client whose handler signs for the <c>sqs</c> service.</param>
    public SqsWebhookQueue(HttpClient http, SqsPublisherOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        this.http = http;
        this.options = options;
        queueUrl = options.RequireQueueUrl("Webhooks:Queue");
        callRetry = TransientHttpRetry.Build(options.Retry, time);
    }

    public async Task<EnqueueOutcome> EnqueueAsync(WebhookMessage message, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var response = await SendAsync(Request(message), ct);
        if (!response.IsSuccessStatusCode)
            throw await SqsErrors.FailureAsync("SendMessage", response, ct);
        SendMessageResult? result;
        try
        {
            result = await response.Content.ReadFromJsonAsync(SqsApiJsonContext.Default.SendMessageResult, ct);
        }
        catch (JsonException e)
        {
            throw new SqsPublishException($"SQS answered malformed JSON: {e.Message}", e);
        }
        if (string.IsNullOrEmpty(result?.MessageId))
            throw new SqsPublishException($"SQS answered without a message id for webhook {message.WebhookId}.");
        return EnqueueOutcome.Queued;
    }

    internal SendMessageRequest Request(WebhookMessage message)
    {
        var request = new SendMessageRequest(queueUrl.AbsoluteUri, JsonSerializer.Serialize(message, WebhookMessageJsonContext.Default.WebhookMessage));
        if (!options.IsFifo)
            return request;
        return request with
        {
            MessageGroupId = message.Event.Platform + ":" + message.Event.ShowId,
            // At most 128 characters, and webhook ids may have more: the hash has 64.
            MessageDeduplicationId = DeduplicationId(message.WebhookId),
        };
    }

    public static string DeduplicationId(string webhookId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(webhookId)));

    private async Task<HttpResponseMessage> SendAsync(SendMessageRequest body, CancellationToken ct)
    {
        try
        {
            return await callRetry.ExecuteAsync(async token =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, options.ServiceUri)
                {
                    Content = JsonContent.Create(body, SqsApiJsonContext.Default.SendMessageRequest, AmzJson),
                };
                request.Headers.Add("X-Amz-Target", "AmazonSQS.SendMessage");
                return await http.SendAsync(request, token);
            }, ct);
        }
        catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            throw new SqsPublishException($"SQS could not be reached: {e.Message}", e);
        }
    }
}
