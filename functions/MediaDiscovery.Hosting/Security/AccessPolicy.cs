namespace MediaDiscovery.Hosting.Security;

/// <summary>Who may call an endpoint. Every mapped endpoint declares one (see <see cref="AccessPolicyEndpointExtensions"/>).</summary>
public enum AccessPolicy
{
    /// <summary>Anyone, with or without a token (search, catalog reads, health).</summary>
    Public,

    /// <summary>A token whose <c>sub</c> is the user the request names; admins may read any user.</summary>
    OwnUser,

    /// <summary>A token with the <c>admin</c> role.</summary>
    Admin,

    /// <summary>No token: the body is verified by its Standard Webhooks signature in the handler.</summary>
    SignedWebhook,

    /// <summary>Events delivered by the platform (SQS, EventBridge, Step Functions through the Lambda Web Adapter),
    /// never routed by API Gateway.</summary>
    InternalEvents,
}
