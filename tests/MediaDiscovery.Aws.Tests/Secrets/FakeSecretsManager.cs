using System.Net;
using System.Text;
using System.Text.Json;
using MediaDiscovery.Aws.Tests.Http;

namespace MediaDiscovery.Aws.Tests.Secrets;

/// <summary>Secrets Manager's GetSecretValue on 127.0.0.1: answers from a dictionary of ARN → SecretString, records requests.</summary>
internal sealed class FakeSecretsManager : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly IReadOnlyDictionary<string, string> secrets;
    private readonly List<CapturedRequest> requests = [];
    private readonly Task serving;

    public FakeSecretsManager(IReadOnlyDictionary<string, string> secrets)
    {
        this.secrets = secrets;
        Endpoint = new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}/");
        listener.Prefixes.Add(Endpoint.AbsoluteUri);
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    public Uri Endpoint { get; }

    public IReadOnlyList<CapturedRequest> Requests
    {
        get
        {
            lock (requests)
                return requests.ToList();
        }
    }

    public void Dispose()
    {
        listener.Close();
        _ = serving.Exception;
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var headers = context.Request.Headers.AllKeys.OfType<string>()
                .ToDictionary(k => k, k => context.Request.Headers[k] ?? "", StringComparer.OrdinalIgnoreCase);
            lock (requests)
                requests.Add(new CapturedRequest(new HttpMethod(context.Request.HttpMethod), context.Request.Url!, headers, body));
            var id = JsonDocument.Parse(body).RootElement.GetProperty("SecretId").GetString()!;
            var (status, answer) = secrets.TryGetValue(id, out var value)
                ? (200, JsonSerializer.Serialize(new Dictionary<string, string> { ["ARN"] = id, ["Name"] = id.Split(':')[^1], ["SecretString"] = value }))
                : (400, """{"__type":"ResourceNotFoundException","message":"Secrets Manager can't find the specified secret."}""");
            var bytes = Encoding.UTF8.GetBytes(answer);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/x-amz-json-1.1";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}
