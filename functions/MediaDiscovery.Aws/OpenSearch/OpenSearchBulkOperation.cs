namespace MediaDiscovery.Aws.OpenSearch;

/// <summary>One action of a <c>_bulk</c> request: index (create or replace) a title's document, or delete it.</summary>
public abstract record OpenSearchBulkOperation(string TitleId)
{
    public static OpenSearchBulkOperation Index(OpenSearchTitleDocument document) => new IndexDocument(document);

    public static OpenSearchBulkOperation Delete(string titleId) => new DeleteDocument(titleId);

    public sealed record IndexDocument(OpenSearchTitleDocument Document) : OpenSearchBulkOperation(Document.TitleId);

    public sealed record DeleteDocument(string Id) : OpenSearchBulkOperation(Id);
}

/// <summary>What a bulk run did: how many actions applied, and those that failed for good.</summary>
public sealed record OpenSearchBulkResult(int Succeeded, IReadOnlyList<OpenSearchBulkFailure> Failures)
{
    public bool AllSucceeded => Failures.Count == 0;
}

/// <summary>An action OpenSearch refused (mapping error, still throttled after the retries, ...).</summary>
public sealed record OpenSearchBulkFailure(string TitleId, string Action, int Status, string? ErrorType, string? Reason);
