namespace MediaDiscovery.Aws.OpenSearch;

/// <summary>
/// One action of a <c>_bulk</c> request: index (create or replace) a title's document, update the fields of a stored
/// one (a partial <c>doc</c>), or delete it.
/// </summary>
public abstract record OpenSearchBulkOperation(string TitleId)
{
    public static OpenSearchBulkOperation Index(OpenSearchTitleDocument document) => new IndexDocument(document);

    /// <summary>Merges the document's fields into the stored one; an unset embedding keeps the stored vector.</summary>
    public static OpenSearchBulkOperation Update(OpenSearchTitleDocument document) => new UpdateDocument(document);

    public static OpenSearchBulkOperation Delete(string titleId) => new DeleteDocument(titleId);

    public sealed record IndexDocument(OpenSearchTitleDocument Document) : OpenSearchBulkOperation(Document.TitleId);

    public sealed record UpdateDocument(OpenSearchTitleDocument Document) : OpenSearchBulkOperation(Document.TitleId);

    public sealed record DeleteDocument(string Id) : OpenSearchBulkOperation(Id);
}

/// <summary>What a bulk run did: how many actions applied, and those that failed for good.</summary>
public sealed record OpenSearchBulkResult(int Succeeded, IReadOnlyList<OpenSearchBulkFailure> Failures)
{
    public bool AllSucceeded => Failures.Count == 0;
}

/// <summary>An action OpenSearch refused (mapping error, still throttled after the retries, ...).</summary>
public sealed record OpenSearchBulkFailure(string TitleId, string Action, int Status, string? ErrorType, string? Reason);
