using MediaDiscovery.Aws.Sqs;
using MediaDiscovery.Hosting.Problems;
using MediaDiscovery.Hosting.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaDiscovery.Functions.Embeddings;

/// <summary>
/// The events path takes the SQS batch the Lambda Web Adapter passes through as a raw POST, and answers the partial
/// batch response (the messages to retry). Only a body that is not an SQS event is a 400.
/// </summary>
public static class EmbeddingsApi
{
    public static IEndpointRouteBuilder MapEmbeddingsApi(this IEndpointRouteBuilder app, string eventsPath)
    {
        app.MapPost(eventsPath, HandleEventAsync).WithTags("Events").ExcludeFromDescription().InternalEvents();
        return app;
    }

    private static async Task<Results<JsonHttpResult<SqsBatchResponse>, ProblemHttpResult>> HandleEventAsync(
        HttpRequest request, SqsContentChangeHandler handler, CancellationToken ct)
    {
        var read = await SqsEventReader.ReadAsync(request, ct);
        if (read.IsTooLarge)
            return TypedResults.Problem(read.Error, statusCode: StatusCodes.Status413PayloadTooLarge, title: "Payload too large", type: ProblemTypes.PayloadTooLarge);
        if (read.Event is not { } sqsEvent)
            return ApiProblems.BadRequest(read.Error!);
        var response = await handler.HandleAsync(sqsEvent, ct);
        return TypedResults.Json(response, SqsEventJsonContext.Default.SqsBatchResponse);
    }
}
