using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace MediaDiscovery.LocalHost.Tests;

public static class ProblemAssert
{
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status, string typeSuffix)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.EndsWith("/" + typeSuffix, problem.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.True(response.Headers.Contains("x-correlation-id"));
        var body = problem.GetRawText();
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        return problem;
    }
}
