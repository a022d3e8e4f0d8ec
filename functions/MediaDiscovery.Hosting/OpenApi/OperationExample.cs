namespace MediaDiscovery.Hosting.OpenApi;

/// <summary>
/// An example an operation's contract shows: the request body (<see cref="Status"/> null) or the response of one
/// status, as JSON. A client's developer reads these first; Redocly checks each against its schema.
/// </summary>
public sealed record OperationExample(int? Status, string Json);
