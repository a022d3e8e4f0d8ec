using System.Net.Http.Json;
using System.Text.Json;

namespace MediaDiscovery.Aws.Sqs;

/// <summary>Turns an SQS error answer (<c>{"__type": "...#Code", "message": "..."}</c>) into a <see cref="SqsPublishException"/>.</summary>
internal static class SqsErrors
{
    public static async Task<SqsPublishException> FailureAsync(string action, HttpResponseMessage response, CancellationToken ct)
    {
        SqsErrorResponse? error = null;
        try
        {
            error = await response.Content.ReadFromJsonAsync(SqsApiJsonContext.Default.SqsErrorResponse, ct);
        }
        catch (JsonException)
        {
            // The status still says what went wrong.
        }
        var type = error?.Type?.Split('#')[^1];
        return new SqsPublishException($"SQS {action} failed with {(int)response.StatusCode} {type ?? response.ReasonPhrase}: {error?.Message ?? "(no message)"}");
    }
}
