using System.Net;
using System.Text;

namespace MediaDiscovery.Aws.Tests.Intent;

/// <summary>
/// A fake transport answering like Bedrock Runtime from a recorded fixture (status, body, optional delay), and
/// keeping the last request it saw.
/// </summary>
public sealed class RecordedBedrock(string fixture, HttpStatusCode status = HttpStatusCode.OK, TimeSpan? delay = null) : HttpMessageHandler
{
    public HttpRequestMessage? LastRequest { get; private set; }

    public string? LastBody { get; private set; }

    public int Calls { get; private set; }

    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Intent", "Fixtures", name);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Calls++;
        LastRequest = request;
        LastBody = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        if (delay is { } wait)
            await Task.Delay(wait, cancellationToken);
        var response = new HttpResponseMessage(status)
        {
            Content = new StringContent(await File.ReadAllTextAsync(FixturePath(fixture), cancellationToken), Encoding.UTF8, "application/json"),
        };
        response.Headers.Add("x-amzn-RequestId", "5bd1b9a6-5a4f-4f4b-9d0c-2f1f7a1e0c11");
        if (status == HttpStatusCode.TooManyRequests)
            response.Headers.Add("x-amzn-ErrorType", "ThrottlingException:http://internal.amazon.com/coral/com.amazon.bedrock/");
        else if (status == HttpStatusCode.InternalServerError)
            response.Headers.Add("x-amzn-ErrorType", "InternalServerException:http://internal.amazon.com/coral/com.amazon.bedrock/");
        return response;
    }
}
