using Microsoft.AspNetCore.Builder;

namespace MediaDiscovery.Hosting.Security;

/// <summary>Declares an endpoint's <see cref="AccessPolicy"/> as metadata; enforcement reads it.</summary>
public static class AccessPolicyEndpointExtensions
{
    public static TBuilder AllowPublic<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AccessPolicyMetadata(AccessPolicy.Public));

    /// <param name="userIdParameter">The route value (or, failing that, query parameter) holding the user id.</param>
    public static TBuilder RequireOwnUser<TBuilder>(this TBuilder builder, string userIdParameter = "userId")
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AccessPolicyMetadata(AccessPolicy.OwnUser, userIdParameter));

    public static TBuilder RequireAdmin<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AccessPolicyMetadata(AccessPolicy.Admin));

    public static TBuilder RequireWebhookSignature<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AccessPolicyMetadata(AccessPolicy.SignedWebhook));

    public static TBuilder InternalEvents<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AccessPolicyMetadata(AccessPolicy.InternalEvents));
}
