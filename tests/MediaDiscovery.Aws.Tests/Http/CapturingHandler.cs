using System.Net;
using System.Text;

namespace MediaDiscovery.Aws.Tests.Http;

/// <summary>Stands in for an AWS endpoint: records each request (headers and body) and answers with a function.</summary>
internal sealed class CapturingHandler(Func<CapturedRequest, HttpResponseMessage> respond) : HttpMessageHandler
{
    private readonly List<CapturedRequest> requests = [];

    public CapturingHandler(params HttpResponseMessage[] responses)
        : this(Queue(responses))
    {
    }

    public IReadOnlyList<CapturedRequest> Requests
    {
        get
        {
            lock (requests)
                return requests.ToList();
        }
    }

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        var captured = new CapturedRequest(request.Method, request.RequestUri!, headers, body);
        lock (requests)
            requests.Add(captured);
        return respond(captured);
    }

    private static Func<CapturedRequest, HttpResponseMessage> Queue(HttpResponseMessage[] responses)
    {
        var queue = new Queue<HttpResponseMessage>(responses);
        return _ =>
        {
            lock (queue)
                return queue.Count > 0 ? queue.Dequeue() : throw new InvalidOperationException("No more responses were scripted.");
        };
    }
}

internal sealed record CapturedRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string Body);
