using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MediaDiscovery.Hosting.OpenApi;

/// <summary>Replaces the request body schema of operations marked with <see cref="DocumentedRequestBody"/>.</summary>
public sealed class DocumentedRequestBodyTransformer : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<DocumentedRequestBody>().LastOrDefault() is not { } documented
            || operation.RequestBody?.Content is not { } content || context.Document is not { } document)
            return;
        var schema = await context.GetOrCreateSchemaAsync(documented.Type, null, cancellationToken);
        document.AddComponent(documented.Type.Name, schema);
        foreach (var media in content.Values)
            media.Schema = new OpenApiSchemaReference(documented.Type.Name, document);
    }
}
