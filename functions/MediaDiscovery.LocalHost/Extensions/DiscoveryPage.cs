using Microsoft.Extensions.FileProviders;

namespace MediaDiscovery.LocalHost.Extensions;

/// <summary>
/// Serves the discovery page (the repository's <c>web/</c>, copied to the build output's <c>web</c>) at <c>/</c>:
/// static files only, same origin as the API, with a CSP that allows the page's own script, style and API calls and
/// nothing else (no inline code, no third-party origin).
/// </summary>
public static class DiscoveryPage
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplication UseDiscoveryPage(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var root = Path.Combine(AppContext.BaseDirectory, "web");
        if (!File.Exists(Path.Combine(root, "index.html")))
            throw new InvalidOperationException($"The discovery page is missing from the build output ({root}): rebuild the LocalHost.");
        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                // Small files that change with the build: revalidate each time (an ETag makes that a 304).
                headers.CacheControl = "no-cache";
            },
        });
        return app;
    }
}
