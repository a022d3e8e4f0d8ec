using System.Net;
using System.Text;

namespace MediaDiscovery.Aws.Tests.Sqs;

/// <summary>
/// A stand-in for the SQS endpoint on 127.0.0.1: records each request (target, content type, Authorization, body)
/// and answers with the status and body the test chose.
/// </summary>
public sealed class FakeSqsServer : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task serving;

    public FakeSqsServer(HttpStatusCode status, string answer)
    {
        Endpoint = new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}/");
        listener.Prefixes.Add(Endpoint.AbsoluteUri);
        listener.Start();
        serving = ServeAsync(status, answer);
    }

    public Uri Endpoint { get; }

    public List<ReceivedRequest> Requests { get; } = [];

    private async Task ServeAsync(HttpStatusCode status, string answer)
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
            lock (Requests)
            {
                Requests.Add(new ReceivedRequest(
                    context.Request.HttpMethod, context.Request.Headers["X-Amz-Target"], context.Request.ContentType,
                    context.Request.Headers["Authorization"], context.Request.Headers["X-Amz-Date"], body));
            }
            context.Response.StatusCode = (int)status;
            context.Response.ContentType = "application/x-amz-json-1.0";
            var bytes = Encoding.UTF8.GetBytes(answer);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        await serving;
    }

    public sealed record ReceivedRequest(string Method, string? Target, string? ContentType, string? Authorization, string? AmzDate, string Body);
}
