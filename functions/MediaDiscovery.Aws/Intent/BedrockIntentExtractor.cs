using System.Net.Http.Headers;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Intent;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Search;

namespace MediaDiscovery.Aws.Intent;

/// <summary>
/// Intent extraction by a Bedrock model through the Runtime Converse API (HTTPS + JSON; the given
/// <see cref="HttpClient"/> signs with SigV4, see <see cref="BedrockHttpClient"/>), forced to call the intent tool,
/// its answer validated against the vocabularies. One call within <see cref="BedrockIntentOptions.Timeout"/>;
/// any failure (HTTP error, throttling, timeout, no tool call, malformed input) yields no intent, never an exception
/// (a cancellation by the caller still cancels).
/// </summary>
public sealed class BedrockIntentExtractor(
    HttpClient http, BedrockIntentOptions options, CatalogTaxonomy taxonomy, IIntentGazetteerSource gazetteers, TimeProvider clock) : IIntentExtractor
{
    public const string SourceName = "bedrock";

    private const int MaxResponseBytes = 256 * 1024;

    public async ValueTask<SearchIntent> ExtractAsync(string query, CancellationToken ct = default) =>
        (await TryExtractAsync(query, ct)).Intent ?? SearchIntent.PlainText(query);

    public async Task<BedrockIntentResult> TryExtractAsync(string query, CancellationToken ct = default)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(options.Timeout);
        try
        {
            var gazetteer = await gazetteers.GetAsync(budget.Token);
            return await CallAsync(query, gazetteer, budget.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return BedrockIntentResult.Failed("timeout");
        }
        catch (HttpRequestException e)
        {
            return BedrockIntentResult.Failed("http: " + e.HttpRequestError);
        }
    }

    private async Task<BedrockIntentResult> CallAsync(string query, IntentGazetteer gazetteer, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, options.ConverseUri());
        request.Content = new ByteArrayContent(ConverseRequestBody.Write(query, taxonomy, options, clock.GetUtcNow().Year));
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        if (!response.IsSuccessStatusCode)
            return BedrockIntentResult.Failed($"status {(int)response.StatusCode}");
        if (response.Content.Headers.ContentLength > MaxResponseBytes)
            return BedrockIntentResult.Failed("response too large");
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        if (body.Length > MaxResponseBytes)
            return BedrockIntentResult.Failed("response too large");
        return ConverseResponse.ToolInput(body) is { } input
            ? new BedrockIntentResult(ToolInputReader.Read(input, taxonomy, gazetteer), null)
            : BedrockIntentResult.Failed("no tool call");
    }
}
