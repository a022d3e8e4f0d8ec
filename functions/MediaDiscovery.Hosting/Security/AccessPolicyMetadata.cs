namespace MediaDiscovery.Hosting.Security;

/// <summary>Endpoint metadata: the endpoint's <see cref="AccessPolicy"/>, and for <see cref="AccessPolicy.OwnUser"/>
/// the route value or query parameter that names the user.</summary>
public sealed record AccessPolicyMetadata(AccessPolicy Policy, string? UserIdParameter = null);
