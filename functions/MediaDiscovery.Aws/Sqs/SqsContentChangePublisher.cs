using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Amazon.Runtime;
using MediaDiscovery.Aws.Http;
using MediaDiscovery.Aws.Signing;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using Polly;

namespace MediaDiscovery.Aws.Sqs;

/// <summary>
/// Publishes content changes to SQS, one change per message, with SendMessageBatch in the AWS JSON protocol (plain
/// HTTPS + SigV4): batches of at most 10 entries and 256 KiB. Entries SQS fails on its side are resent with backoff;
/// an entry it rejects as the sender's fault, or one still failing after the retries, is a <see cref="SqsPublishException"/>.
/// </summary>
public sealed class SqsContentChangePublisher : IContentChangePublisher
{
    private static readonly MediaTypeHeaderValue AmzJson = new("application/x-amz-json-1.0");

    private readonly HttpClient http;
    private readonly SqsPublisherOptions options;
    private readonly Uri queueUrl;
    private readonly ResiliencePipeline<HttpResponseMessage> callRetry;
    private readonly TimeProvider time;

    /// <param name="http">A client whose handler signs for the <c>sqs</c> service (see <see cref="CreateHttpClient"/>).</param>
    public SqsContentChangePublisher(HttpClient http, SqsPublisherOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        this.http = http;
        this.options = options;
        queueUrl = options.RequireQueueUrl("ContentChanges:Sqs");
        this.time = time ?? TimeProvider.System;
        callRetry = TransientHttpRetry.Build(options.Retry, time);
    }

    public static HttpClient CreateHttpClient(SqsPublisherOptions options, AWSCredentials? credentials = null) =>
        new(new AwsSigningHandler(new AwsSigningScope(options.Region, AwsSigningScope.Sqs), credentials ?? AwsCredentialsSource.Default(), new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        }))
        {
            Timeout = TimeSpan.FromSeconds(20),
        };

    public async Task PublishAsync(IReadOnlyList<ContentChange> changes, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var batch in Batches(changes.Select(Entry)))
            await SendWithEntryRetriesAsync(batch, ct);
    }

    /// <summary>Consecutive entries, at most 10 and 256 KiB of bodies per batch.</summary>
    internal static IEnumerable<List<PendingEntry>> Batches(IEnumerable<PendingEntry> entries)
    {
        var batch = new List<PendingEntry>(SqsPublisherOptions.MaxBatchEntries);
        var bytes = 0;
        foreach (var entry in entries)
        {
            if (entry.Bytes > SqsPublisherOptions.MaxBatchBytes)
                throw new SqsPublishException($"A content change for {entry.Change.TitleId} is {entry.Bytes} bytes; SQS takes at most {SqsPublisherOptions.MaxBatchBytes}.");
            if (batch.Count == SqsPublisherOptions.MaxBatchEntries || bytes + entry.Bytes > SqsPublisherOptions.MaxBatchBytes)
            {
                yield return batch;
                batch = new List<PendingEntry>(SqsPublisherOptions.MaxBatchEntries);
                bytes = 0;
            }
            batch.Add(entry);
            bytes += entry.Bytes;
        }
        if (batch.Count > 0)
            yield return batch;
    }

    private static PendingEntry Entry(ContentChange change)
    {
        var body = ContentChangeMessages.Serialize(change);
        return new PendingEntry(change, body, Encoding.UTF8.GetByteCount(body));
    }

    private async Task SendWithEntryRetriesAsync(List<PendingEntry> batch, CancellationToken ct)
    {
        var pending = batch;
        for (var round = 0; ; round++)
        {
            var failed = await SendBatchAsync(pending, ct);
            if (failed.Count == 0)
                return;
            var senderFaults = failed.Where(f => f.Error.SenderFault).ToList();
            if (senderFaults.Count > 0)
                throw new SqsPublishException($"SQS rejected {senderFaults.Count} message(s): {Describe(senderFaults)}");
            if (round >= options.Retry.MaxRetries)
                throw new SqsPublishException($"SQS failed {failed.Count} message(s) after {round + 1} attempts: {Describe(failed)}");
            await Task.Delay(Backoff(round + 1), time, ct);
            pending = failed.Select(f => f.Entry).ToList();
        }
    }

    private async Task<List<FailedEntry>> SendBatchAsync(List<PendingEntry> batch, CancellationToken ct)
    {
        // Ids only need to be unique within one call: the position says which entry an answer is about.
        var request = new SendMessageBatchRequest(queueUrl.AbsoluteUri, batch.Select((e, i) => WireEntry(e, i)).ToList());
        using var response = await SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
            throw await SqsErrors.FailureAsync("SendMessageBatch", response, ct);
        SendMessageBatchResult? result;
        try
        {
            result = await response.Content.ReadFromJsonAsync(SqsApiJsonContext.Default.SendMessageBatchResult, ct);
        }
        catch (JsonException e)
        {
            throw new SqsPublishException($"SQS answered malformed JSON: {e.Message}", e);
        }
        return (result?.Failed ?? []).Select(f => new FailedEntry(EntryWithId(batch, f.Id), f)).ToList();
    }

    private static PendingEntry EntryWithId(List<PendingEntry> batch, string id) =>
        int.TryParse(id, System.Globalization.CultureInfo.InvariantCulture, out var index) && index >= 0 && index < batch.Count
            ? batch[index]
            : throw new SqsPublishException($"SQS answered about an entry '{id}' it was not sent.");

    private SendMessageBatchEntry WireEntry(PendingEntry entry, int index)
    {
        var wire = new SendMessageBatchEntry(index.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.Body);
        if (!options.IsFifo)
            return wire;
        // Per-title order; the same change sent twice within SQS's 5-minute window is queued once.
        return wire with
        {
            MessageGroupId = entry.Change.TitleId,
            MessageDeduplicationId = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(entry.Body))),
        };
    }

    private async Task<HttpResponseMessage> SendAsync(SendMessageBatchRequest body, CancellationToken ct)
    {
        try
        {
            return await callRetry.ExecuteAsync(async token =>
            {
                using var message = new HttpRequestMessage(HttpMethod.Post, options.ServiceUri)
                {
                    Content = JsonContent.Create(body, SqsApiJsonContext.Default.SendMessageBatchRequest, AmzJson),
                };
                message.Headers.Add("X-Amz-Target", "AmazonSQS.SendMessageBatch");
                return await http.SendAsync(message, token);
            }, ct);
        }
        catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            throw new SqsPublishException($"SQS could not be reached: {e.Message}", e);
        }
    }

    private TimeSpan Backoff(int retry)
    {
        var exponential = options.Retry.FirstDelay * Math.Pow(2, Math.Min(retry - 1, 20));
        var capped = exponential < options.Retry.MaxDelay ? exponential : options.Retry.MaxDelay;
        return capped * (0.5 + (Random.Shared.NextDouble() / 2));
    }

    private static string Describe(IEnumerable<FailedEntry> failed) =>
        string.Join("; ", failed.Select(f => $"{f.Entry.Change.TitleId} {f.Error.Code}: {f.Error.Message}"));

    internal sealed record PendingEntry(ContentChange Change, string Body, int Bytes);

    private sealed record FailedEntry(PendingEntry Entry, BatchResultErrorEntry Error);
}
