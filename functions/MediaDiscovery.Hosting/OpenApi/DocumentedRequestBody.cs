namespace MediaDiscovery.Hosting.OpenApi;

/// <summary>
/// The body an endpoint documents when it binds the raw JSON (<c>JsonElement</c>) to validate every field itself: the
/// contract then shows the body's real shape instead of "any JSON". <c>Accepts&lt;T&gt;</c> cannot say this, because
/// the bound parameter's type wins.
/// </summary>
public sealed record DocumentedRequestBody(Type Type);
