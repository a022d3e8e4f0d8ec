using MediaDiscovery.Hosting.RateLimiting;
using MediaDiscovery.Hosting.Security;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MediaDiscovery.Hosting.OpenApi;

/// <summary>
/// Documents the problems the shared middleware can answer with, on every operation, from its metadata: 401 and
/// 403 where the access policy can refuse, 413 and 415 where there is a body, 429 unless exempt from rate limits, 500
/// always; plus the security requirement of each operation. Endpoints document their own 400/404/409.
/// </summary>
public sealed class ProblemResponsesTransformer : IOpenApiOperationTransformer
{
    /// <summary>The component every shared problem refers to: one type in a generated client, not one per operation.</summary>
    public const string ProblemSchemaName = "Problem";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var problem = ProblemSchema(context.Document);
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var policy = metadata.OfType<AccessPolicyMetadata>().LastOrDefault()?.Policy;
        operation.Responses ??= [];
        if (policy is AccessPolicy.Public or AccessPolicy.OwnUser or AccessPolicy.Admin)
            Add(operation, problem, "401", "The access token is missing (where required), malformed, expired, revoked or not for this API.");
        if (policy is AccessPolicy.OwnUser or AccessPolicy.Admin or AccessPolicy.InternalEvents)
            Add(operation, problem, "403", policy is AccessPolicy.Admin ? "The caller is not an administrator." : "The caller may not act for this user.");
        if (!metadata.OfType<RateLimitExemptMetadata>().Any() && policy is not AccessPolicy.InternalEvents)
            Add(operation, problem, "429", "Too many requests for the caller's tier; see Retry-After and RateLimit-* headers.");
        if (operation.RequestBody is not null)
        {
            Add(operation, problem, "413", "The body is larger than the API accepts.");
            Add(operation, problem, "415", "The body's content type is not one the operation accepts (application/json).");
        }
        Add(operation, problem, "500", "An internal error; the body carries only the correlation id.");
        if (context.Document is { } document)
            operation.Security = Security(policy, document);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Every operation says what it needs: a bearer token (users, admins); none or one (public reads: a token, when
    /// sent, personalises and must be valid); or none at all (signed webhooks).
    /// </summary>
    private static List<OpenApiSecurityRequirement> Security(AccessPolicy? policy, OpenApiDocument document)
    {
        var bearer = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerSecurityScheme.Name, document)] = [] };
        return policy switch
        {
            AccessPolicy.OwnUser or AccessPolicy.Admin => [bearer],
            AccessPolicy.Public => [new OpenApiSecurityRequirement(), bearer],
            _ => [],
        };
    }

    private static void Add(OpenApiOperation operation, IOpenApiSchema problem, string status, string description)
    {
        if (operation.Responses!.ContainsKey(status))
            return;
        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = problem } },
        };
    }

    private static IOpenApiSchema ProblemSchema(OpenApiDocument? document)
    {
        if (document is null)
            return Problem();
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        document.Components.Schemas.TryAdd(ProblemSchemaName, Problem());
        return new OpenApiSchemaReference(ProblemSchemaName, document);
    }

    private static OpenApiSchema Problem() => new()
    {
        Description = "An RFC 9457 problem, with the correlation id of the request that met it.",
        Type = JsonSchemaType.Object,
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri" },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["correlationId"] = new OpenApiSchema { Type = JsonSchemaType.String },
        },
    };
}
