namespace MediaDiscovery.Core.Users;

/// <summary>One thing a person did with a title, as stored.</summary>
/// <param name="EventId">The client's event id when it sent one (the idempotency key), else one the service made.</param>
/// <param name="Rating">0.5..5 in half steps, for <see cref="UserEventKind.Rating"/> only.</param>
/// <param name="Completion">0..1, how much of it was watched, for <see cref="UserEventKind.View"/> only.</param>
/// <param name="At">When it happened (the client's <c>at</c>, else the time it was received).</param>
public sealed record UserEvent(
    string UserId,
    string EventId,
    string TitleId,
    UserEventKind Kind,
    double? Rating,
    double? Completion,
    DateTimeOffset At);
