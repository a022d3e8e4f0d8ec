using Microsoft.Extensions.FileProviders;

namespace MediaDiscovery.LocalHost.Extensions;

/// <summary>
/// Serves the discovery page (the repository's <c>web/</c>, copied to the build output's <c>web</c>) at <c>/</c>:
/// static files only, same origin as the API, with the page's CSP (<c>web/content-security-policy</c>, which the CDK
/// app's CloudFront distribution sends too): its own script, style and API calls and nothing else (no inline code,
/// no third-party origin).
/// </summary>
public static class DiscoveryPage
{
    public static WebApplication UseDiscoveryPage(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var root = Path.Combine(AppContext.BaseDirectory, "web");
        if (!File.Exists(Path.Combine(root, "index.html")))
            throw new InvalidOperationException($"The discovery page is missing from the build output ({root}): rebuild the LocalHost.");
        var policy = File.ReadAllText(Path.Combine(root, "content-security-policy")).Trim();
        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers.ContentSecurityPolicy = policy;
                // Small files that change with the build: revalidate each time (an ETag makes that a 304).
                headers.CacheControl = "no-cache";
            },
        });
        return app;
    }
}
