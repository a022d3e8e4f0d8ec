using System.Net;

namespace MediaDiscovery.LocalHost.Tests;

/// <summary>
/// The discovery page at <c>/</c>: its files are served with a CSP that lets them load only from the LocalHost, while
/// the API's responses keep the CSP that loads nothing. The journeys a person takes are in MediaDiscovery.Web.Tests.
/// </summary>
public sealed class DiscoveryPageTests(DemoCatalogFixture fixture) : IClassFixture<DemoCatalogFixture>
{
    [Fact]
    public async Task The_root_serves_the_page_that_loads_its_own_script_and_style()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<script src=\"app.js\" defer></script>", html, StringComparison.Ordinal);
        Assert.Contains("role=\"search\"", html, StringComparison.Ordinal);
        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/app.js", "text/javascript")]
    [InlineData("/app.css", "text/css")]
    public async Task The_page_assets_are_served_and_revalidated(string path, string mediaType)
    {
        using var response = await fixture.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task The_api_keeps_the_csp_that_loads_nothing()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/api/v1/platforms", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", string.Join(' ', response.Headers.GetValues("Content-Security-Policy")));
    }

    [Theory]
    [InlineData("/no-such-file.js")]
    [InlineData("/content-security-policy")] // the policy file the page is served with, not a page file
    public async Task A_file_that_is_not_part_of_the_page_is_a_404(string path)
    {
        using var response = await fixture.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
