using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MediaDiscovery.Hosting.OpenApi;

/// <summary>Puts each endpoint's <see cref="OperationExample"/>s on its request body or responses.</summary>
public sealed class OperationExamplesTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var example in context.Description.ActionDescriptor.EndpointMetadata.OfType<OperationExample>())
        {
            var content = example.Status is { } status
                ? operation.Responses?.GetValueOrDefault(status.ToString(CultureInfo.InvariantCulture))?.Content
                : operation.RequestBody?.Content;
            if (content is null || content.Count == 0)
                throw new InvalidOperationException($"{operation.OperationId}: an example for {(example.Status?.ToString(CultureInfo.InvariantCulture) ?? "the request")}, which the operation does not document.");
            foreach (var media in content.Values)
                media.Example = JsonNode.Parse(example.Json);
        }
        return Task.CompletedTask;
    }
}
