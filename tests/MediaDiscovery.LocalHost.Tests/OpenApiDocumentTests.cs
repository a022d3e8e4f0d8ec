using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediaDiscovery.LocalHost.Tests.Security;
using Microsoft.AspNetCore.Routing;

namespace MediaDiscovery.LocalHost.Tests;

/// <summary>
/// <c>/openapi/v1.json</c> is a valid OpenAPI document describing every API route of the LocalHost, and it is the
/// checked-in <c>docs/openapi.json</c>: a contract change shows in review, because this test fails until the file is
/// regenerated (<c>MD_UPDATE_OPENAPI=1</c> writes it).
/// </summary>
public sealed class OpenApiDocumentTests(DemoCatalogFixture fixture) : IClassFixture<DemoCatalogFixture>
{
    [Fact]
    public async Task The_document_parses_and_lists_every_api_route_with_its_responses()
    {
        var response = await fixture.Client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;
        Assert.StartsWith("3.", root.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = root.GetProperty("paths");

        var missing = new List<string>();
        foreach (var endpoint in EndpointPolicyTests.Endpoints(fixture.Factory.Services))
        {
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            // Infrastructure (health probes, platform events, the document itself) is not part of the public API.
            if (!route.StartsWith("/api/", StringComparison.Ordinal))
                continue;
            var method = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Single().ToLowerInvariant();
            if (!paths.TryGetProperty(route, out var item) || !item.TryGetProperty(method, out var operation))
            {
                missing.Add($"{method} {route}");
                continue;
            }
            Assert.True(operation.GetProperty("responses").EnumerateObject().Any(r => r.Name.StartsWith('2')), $"{method} {route} documents no success");
        }
        Assert.True(missing.Count == 0, "missing from the document: " + string.Join(", ", missing));

        var search = paths.GetProperty("/api/v1/search").GetProperty("post").GetProperty("responses");
        foreach (var status in new[] { "200", "400", "401", "429", "500" })
            Assert.True(search.TryGetProperty(status, out _), $"search documents no {status}");
        var sync = paths.GetProperty("/api/v1/admin/catalog/sync").GetProperty("post");
        Assert.True(sync.GetProperty("responses").TryGetProperty("403", out _));
        Assert.Equal("bearer", sync.GetProperty("security")[0].EnumerateObject().Single().Name);
        Assert.Equal("bearer", root.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer").GetProperty("scheme").GetString());
    }

    [Fact]
    public async Task The_checked_in_document_is_the_served_one()
    {
        var served = JsonNode.Parse(await fixture.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!.AsObject();
        // The served servers entry is the request's own host; the checked-in one names the LocalHost's default address.
        served["servers"] = new JsonArray(new JsonObject { ["url"] = "http://127.0.0.1:5080", ["description"] = "The LocalHost (README: Run it)" });
        var path = Path.Combine(RepositoryRoot.Find(), "docs", "openapi.json");
        var expected = served.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
        if (Environment.GetEnvironmentVariable("MD_UPDATE_OPENAPI") == "1")
            await File.WriteAllTextAsync(path, expected);

        Assert.True(File.Exists(path), $"{path} is missing: run MD_UPDATE_OPENAPI=1 dotnet test tests/MediaDiscovery.LocalHost.Tests --filter FullyQualifiedName~OpenApiDocumentTests");
        var checkedIn = JsonNode.Parse(await File.ReadAllTextAsync(path));
        Assert.True(JsonNode.DeepEquals(served, checkedIn),
            "docs/openapi.json differs from the served document: review the contract change, then regenerate it with "
            + "MD_UPDATE_OPENAPI=1 dotnet test tests/MediaDiscovery.LocalHost.Tests --filter FullyQualifiedName~OpenApiDocumentTests");
    }
}
