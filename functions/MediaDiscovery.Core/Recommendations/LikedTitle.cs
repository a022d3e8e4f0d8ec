namespace MediaDiscovery.Core.Recommendations;

/// <summary>A title a person liked, how strongly (0..1, see <see cref="PositiveSignals"/>) and when last.</summary>
public sealed record LikedTitle(string TitleId, double Strength, DateTimeOffset At);
