namespace MediaDiscovery.Functions.Intent;

/// <summary>The body of <c>POST /api/v1/intent</c>.</summary>
public sealed record IntentRequest(string? Query);
