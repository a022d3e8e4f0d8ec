using MediaDiscovery.Hosting.Contracts;

namespace MediaDiscovery.Functions.Search;

/// <summary>GET /api/v1/changes: availability changes across platforms, newest first.</summary>
public sealed record ChangesResponse(IReadOnlyList<ChangeView> Items, string? NextCursor);

/// <param name="Kind"><c>added</c>, <c>removed</c> or <c>expiring</c>.</param>
/// <param name="At">When it happened; a catalog arrival (<c>source</c> <c>catalog</c>) has only a day, given at midnight UTC.</param>
/// <param name="LeavesOn">For <c>expiring</c>: the last day on the platform, where the data has it.</param>
public sealed record ChangeView(TitleView Title, string Platform, string Kind, DateTimeOffset At, DateOnly? LeavesOn, string Source);
