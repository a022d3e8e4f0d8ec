using MediaDiscovery.Core.Users;

namespace MediaDiscovery.Core.Ports;

/// <summary>
/// Ratings from an audience beyond the product's own users (an existing service's members, a licensed ratings
/// export), already linked to catalog titles, as rating events of members whose ids start with
/// <see cref="MemberPrefix"/>. The collaborative model learns from them as from the users' own events, so a new
/// service recommends from what a real audience liked before its own users have said much (ADR 0015).
/// </summary>
public interface IAudienceSource
{
    public const string MemberPrefix = "audience:";

    /// <summary>What is read, for logs and the model version (e.g. "movielens 70,145 ratings").</summary>
    string Name { get; }

    Task<IReadOnlyList<UserEvent>> LoadAsync(CancellationToken ct = default);
}
