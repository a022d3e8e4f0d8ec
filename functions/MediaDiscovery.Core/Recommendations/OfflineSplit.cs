namespace MediaDiscovery.Core.Recommendations;

/// <summary>A leave-last-out split: every evaluated user's earlier positives train, the later ones test.</summary>
/// <param name="Train">The training positives of all evaluated users: the training data of every model.</param>
/// <param name="TestItemsByUser">Per evaluated user, the held-out item ids.</param>
public sealed record OfflineSplit(IReadOnlyList<Interaction> Train, IReadOnlyDictionary<int, IReadOnlyList<int>> TestItemsByUser);
