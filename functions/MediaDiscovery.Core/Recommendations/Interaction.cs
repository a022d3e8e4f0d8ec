namespace MediaDiscovery.Core.Recommendations;

/// <summary>One user's signal about one item: an explicit rating or an implicit weight, and when it happened.</summary>
/// <param name="Timestamp">Seconds since the Unix epoch; orders a user's history for time-based splits.</param>
public sealed record Interaction(int UserId, int ItemId, float Weight, long Timestamp);
