using System.Net;
using System.Text;

namespace MediaDiscovery.Aws.Tests.Audience;

/// <summary>
/// A stand-in for S3's GetObject on 127.0.0.1, path-style (<c>/bucket/key</c>): serves the objects a test put, answers
/// S3's NoSuchKey (404) for others, or one chosen error for every request; records each request's path and
/// Authorization header.
/// </summary>
public sealed class FakeS3Server : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task serving;
    private readonly Dictionary<string, byte[]> objects = new(StringComparer.Ordinal);
    private readonly (HttpStatusCode Status, string Code)? failure;

    public FakeS3Server((HttpStatusCode Status, string Code)? failEvery = null)
    {
        failure = failEvery;
        Endpoint = new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}/");
        listener.Prefixes.Add(Endpoint.AbsoluteUri);
        listener.Start();
        serving = ServeAsync();
    }

    public Uri Endpoint { get; }

    public List<(string Path, string? Authorization)> Requests { get; } = [];

    public void Put(string bucket, string key, string content) => objects[$"/{bucket}/{key}"] = Encoding.UTF8.GetBytes(content);

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
            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
            lock (Requests)
                Requests.Add((path, context.Request.Headers["Authorization"]));
            if (failure is { } f)
                await AnswerErrorAsync(context, f.Status, f.Code);
            else if (context.Request.HttpMethod == "GET" && objects.TryGetValue(path, out var body))
                await AnswerAsync(context, HttpStatusCode.OK, "binary/octet-stream", body);
            else
                await AnswerErrorAsync(context, HttpStatusCode.NotFound, "NoSuchKey");
        }
    }

    private static Task AnswerErrorAsync(HttpListenerContext context, HttpStatusCode status, string code) =>
        AnswerAsync(context, status, "application/xml", Encoding.UTF8.GetBytes(
            $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>{code}</Code><Message>{code}</Message><RequestId>r1</RequestId></Error>"));

    private static async Task AnswerAsync(HttpListenerContext context, HttpStatusCode status, string contentType, byte[] body)
    {
        context.Response.StatusCode = (int)status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength64 = body.Length;
        await context.Response.OutputStream.WriteAsync(body);
        context.Response.Close();
    }

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        await serving;
    }
}
