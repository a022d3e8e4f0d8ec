using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaDiscovery.Hosting.Problems;

/// <summary>Typed problem results for endpoints, with the project's stable types.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found", type: ProblemTypes.NotFound);

    /// <summary>404 for a title id that is unknown or not even well-formed (echoing at most 64 chars of it).</summary>
    public static ProblemHttpResult UnknownTitle(string id) =>
        NotFound($"No title has the id '{(id.Length <= 64 ? id : id[..64] + "...")}'.");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict", type: ProblemTypes.Conflict);

    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Malformed request", type: ProblemTypes.MalformedRequest);

    public static ValidationProblem Validation(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "Invalid request", type: ProblemTypes.Validation);
}
