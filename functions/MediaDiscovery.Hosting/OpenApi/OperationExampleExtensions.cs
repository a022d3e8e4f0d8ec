using Microsoft.AspNetCore.Builder;

namespace MediaDiscovery.Hosting.OpenApi;

/// <summary>Adds <see cref="OperationExample"/>s to an endpoint.</summary>
public static class OperationExampleExtensions
{
    public static RouteHandlerBuilder WithRequestExample(this RouteHandlerBuilder builder, string json) =>
        builder.WithMetadata(new OperationExample(null, json));

    public static RouteHandlerBuilder WithResponseExample(this RouteHandlerBuilder builder, int status, string json) =>
        builder.WithMetadata(new OperationExample(status, json));
}
