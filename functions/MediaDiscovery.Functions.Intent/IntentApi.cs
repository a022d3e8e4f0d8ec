using MediaDiscovery.Core.Ports;
using MediaDiscovery.Hosting.Contracts;
using MediaDiscovery.Hosting.Problems;
using MediaDiscovery.Hosting.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaDiscovery.Functions.Intent;

/// <summary><c>POST /api/v1/intent</c>: what a query asks for, as filters, an intent and residual text.</summary>
public static class IntentApi
{
    public static IEndpointRouteBuilder MapIntentApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1").WithTags("Intent").AllowPublic()
            .MapPost("/intent", ExtractAsync)
            .WithName("ExtractIntent")
            .WithSummary("Understand a plain-language query")
            .WithDescription("Extracts the filters (platforms, genres, type, years, runtime, age, people, availability) and the leftover descriptive text from a query, without searching.");
        return app;
    }

    private static async Task<Results<Ok<IntentView>, ValidationProblem>> ExtractAsync(
        IntentRequest? request, IIntentExtractor extractor, CancellationToken ct)
    {
        var problems = IntentQueryRules.Check(request?.Query);
        if (problems.Length > 0)
            return ApiProblems.Validation(new Dictionary<string, string[]> { ["query"] = problems });
        var intent = await extractor.ExtractAsync(request!.Query!.Trim(), ct);
        return TypedResults.Ok(IntentView.From(intent));
    }
}
