using MediaDiscovery.Hosting.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaDiscovery.Functions.Webhooks;

/// <summary>The webhook endpoint's refusals, as problem details with the project's stable types.</summary>
public static class WebhookProblems
{
    /// <summary>401 without detail: a sender with a wrong secret learns nothing from the answer (the log has the reason).</summary>
    public static ProblemHttpResult Unauthorized() => TypedResults.Problem(
        detail: "The webhook signature could not be verified.",
        statusCode: StatusCodes.Status401Unauthorized,
        title: "Unauthorized",
        type: ProblemTypes.ForStatus(StatusCodes.Status401Unauthorized));

    public static ProblemHttpResult TooLarge(int maxBytes) => TypedResults.Problem(
        detail: $"A webhook body may have at most {maxBytes} bytes.",
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Payload too large",
        type: ProblemTypes.PayloadTooLarge);

    /// <summary>503 with Retry-After: the queue did not take the webhook, so the sender must deliver it again.</summary>
    public static ProblemHttpResult QueueUnavailable(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.RetryAfter = "30";
        return TypedResults.Problem(
            detail: "The webhook could not be queued; deliver it again later.",
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "Unavailable",
            type: ProblemTypes.Unavailable);
    }
}
