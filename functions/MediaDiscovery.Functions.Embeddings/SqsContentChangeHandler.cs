using System.Text.Json;
using MediaDiscovery.Aws.Sqs;
using MediaDiscovery.Core.Indexing;

namespace MediaDiscovery.Functions.Embeddings;

/// <summary>
/// Handles one SQS batch of content changes: indexes each changed title once, however many messages name it, and
/// reports as failed only the messages whose title failed or whose body is not a content change. So one bad record
/// never blocks a batch: the others are deleted, the failed ones go back to the queue (and on to the DLQ).
/// </summary>
public sealed partial class SqsContentChangeHandler(ContentIndexer indexer, ILogger<SqsContentChangeHandler> logger)
{
    public async Task<SqsBatchResponse> HandleAsync(SqsEvent sqsEvent, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(sqsEvent);
        var malformed = new List<string>();
        var messagesByTitle = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var record in sqsEvent.Records)
        {
            if (TitleIdOf(record) is { } titleId)
                Messages(messagesByTitle, titleId).Add(record.MessageId);
            else
                malformed.Add(record.MessageId);
        }

        var failedTitles = await IndexAsync(messagesByTitle.Keys.ToList(), ct);
        var failed = new HashSet<string>(malformed, StringComparer.Ordinal);
        foreach (var titleId in failedTitles)
            failed.UnionWith(messagesByTitle[titleId]);
        // In event order, so the response reads like the batch.
        return SqsBatchResponse.Failed(sqsEvent.Records.Select(r => r.MessageId).Where(failed.Contains).Distinct(StringComparer.Ordinal));
    }

    /// <summary>The title ids that failed; all of them when indexing could not run at all.</summary>
    private async Task<IReadOnlyCollection<string>> IndexAsync(IReadOnlyList<string> titleIds, CancellationToken ct)
    {
        if (titleIds.Count == 0)
            return [];
        try
        {
            var outcome = await indexer.IndexAsync(titleIds, ct);
            LogOutcome(logger, titleIds.Count, outcome.Indexed, outcome.Embedded, outcome.Reused, outcome.Failed.Count);
            foreach (var (titleId, why) in outcome.Failed)
                LogTitleFailed(logger, titleId, why);
            return outcome.Failed.Keys.ToList();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // E.g. the index unreachable for the hash lookup: every message is retried, none is lost.
            LogBatchFailed(logger, titleIds.Count, e);
            return titleIds;
        }
    }

    private string? TitleIdOf(SqsMessage record)
    {
        try
        {
            var change = ContentChangeMessages.Deserialize(record.Body);
            if (!string.IsNullOrWhiteSpace(change.TitleId))
                return change.TitleId;
        }
        catch (JsonException e)
        {
            LogMalformed(logger, record.MessageId, e.Message);
            return null;
        }
        LogMalformed(logger, record.MessageId, "no titleId");
        return null;
    }

    private static List<string> Messages(Dictionary<string, List<string>> messagesByTitle, string titleId)
    {
        if (!messagesByTitle.TryGetValue(titleId, out var messages))
            messagesByTitle[titleId] = messages = [];
        return messages;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Indexed a batch of {Titles} titles: {Indexed} indexed, {Embedded} embedded, {Reused} reused, {Failed} failed")]
    private static partial void LogOutcome(ILogger logger, int titles, int indexed, int embedded, int reused, int failed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Title {TitleId} was not indexed: {Reason}")]
    private static partial void LogTitleFailed(ILogger logger, string titleId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} is not a content change: {Reason}")]
    private static partial void LogMalformed(ILogger logger, string messageId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Indexing a batch of {Titles} titles failed; all its messages are retried")]
    private static partial void LogBatchFailed(ILogger logger, int titles, Exception e);
}
