using Microsoft.AspNetCore.Builder;

namespace MediaDiscovery.Hosting.OpenApi;

/// <summary>Marks an endpoint with the <see cref="DocumentedRequestBody"/> its contract shows.</summary>
public static class DocumentedRequestBodyExtensions
{
    public static RouteHandlerBuilder DocumentsBodyAs<T>(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new DocumentedRequestBody(typeof(T)));
}
