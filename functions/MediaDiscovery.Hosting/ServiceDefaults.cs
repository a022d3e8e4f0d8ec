using System.Text.Json.Serialization;
using MediaDiscovery.Aws.Secrets;
using MediaDiscovery.Hosting.Health;
using MediaDiscovery.Hosting.Observability;
using MediaDiscovery.Hosting.OpenApi;
using MediaDiscovery.Hosting.Problems;
using MediaDiscovery.Hosting.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MediaDiscovery.Hosting;

/// <summary>What every function shares: JSON logs, problem+json errors, correlation ids, limits, health.</summary>
public static class ServiceDefaults
{
    /// <summary>Largest request body any endpoint accepts unless it sets its own limit.</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder)
    {
        // In AWS the stack passes secret ARNs; their values are read once, here, before any function reads them.
        builder.Configuration.AddSecretsManagerSecrets();
        builder.AddObservability();
        builder.WebHost.ConfigureKestrel(o =>
        {
            o.AddServerHeader = false;
            o.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            o.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            // The framework's defaults point at RFC sections; clients get the project's stable types instead.
            if (!ProblemTypes.IsOwn(ctx.ProblemDetails.Type))
                ctx.ProblemDetails.Type = ProblemTypes.ForStatus(ctx.ProblemDetails.Status ?? ctx.HttpContext.Response.StatusCode);
            ctx.ProblemDetails.Extensions["correlationId"] = ctx.HttpContext.TraceIdentifier;
        });
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.Services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, WireJsonContext.Default);
            o.SerializerOptions.MaxDepth = 32;
            // A number is a JSON number: "limit": "20" is a wrong type (400), and the contract says integer, not
            // integer-or-string (the web defaults read numbers from strings).
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddApiSecurity(builder.Configuration);
        builder.Services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer<BearerSecurityScheme>();
            o.AddDocumentTransformer<ApiDocumentDescription>();
            o.AddOperationTransformer<ProblemResponsesTransformer>();
            o.AddOperationTransformer<DocumentedRequestBodyTransformer>();
            o.AddOperationTransformer<OperationExamplesTransformer>();
        });
        builder.Services.AddHealthChecks()
            .AddCheck<CatalogStoreHealthCheck>("catalog-store", tags: ["ready"])
            .AddCheck<CatalogLoadedHealthCheck>("catalog-loaded", tags: ["ready"]);
        return builder;
    }

    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseMiddleware<RequestMetricsMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseApiSecurity();
        app.MapHealthEndpoints();
        app.MapOpenApi().AllowPublic();
        return app;
    }
}
