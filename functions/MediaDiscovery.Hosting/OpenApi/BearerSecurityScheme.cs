using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MediaDiscovery.Hosting.OpenApi;

/// <summary>Declares the <c>bearer</c> security scheme (RS256 JWT) that protected operations refer to.</summary>
public sealed class BearerSecurityScheme : IOpenApiDocumentTransformer
{
    public const string Name = "bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Name] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "An RS256 access token from the platform's issuer (LocalHost: POST /api/v1/auth/dev-token).",
        };
        return Task.CompletedTask;
    }
}
