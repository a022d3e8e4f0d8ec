using Amazon.S3;
using MediaDiscovery.Aws.Audience;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Embedded.Audience;
using MediaDiscovery.Embedded.Feeds;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace MediaDiscovery.Hosting.Recommendations;

/// <summary>
/// <c>Recommendations:Audience</c>: <c>auto</c> (default: the MovieLens export the catalog is enriched from,
/// <c>CatalogSync:MovieLens</c> or the <c>movielens*</c> directory found beside <c>CatalogSync:Directory</c>),
/// <c>none</c>, a directory holding <c>ratings.csv</c> (a directory given that holds none fails the start), or
/// <c>s3://bucket/prefix/</c> holding <c>ratings.csv</c> and <c>movies.csv</c> (AWS; the client of
/// <c>Storage:S3</c>: the SDK's default chain, or a local <c>ServiceUrl</c>). A malformed s3 address fails the start.
/// </summary>
public static class AudienceSourceServices
{
    public const string Key = "Recommendations:Audience";

    public static IServiceCollection AddAudienceSource(this IServiceCollection services, IConfiguration configuration)
    {
        if (S3AudienceLocation.IsS3(configuration[Key]))
        {
            var location = ParseLocation(configuration[Key]!);
            services.TryAddSingleton<IAmazonS3>(_ => S3Clients.Create(configuration));
            services.AddSingleton<IAudienceSource>(sp => new S3AudienceSource(
                sp.GetRequiredService<IAmazonS3>(), location, sp.GetRequiredService<ICatalogStore>(), sp.GetRequiredService<ILogger<S3AudienceSource>>()));
            services.AddSingleton<IContentChangeConsumer>(sp => ActivatorUtilities.CreateInstance<RetrainOnCatalogChange>(sp));
        }
        else if (DirectoryOf(configuration) is { } directory)
        {
            services.AddSingleton<IAudienceSource>(sp => new MovieLensAudienceSource(
                directory, sp.GetRequiredService<ICatalogStore>(), sp.GetRequiredService<ILogger<MovieLensAudienceSource>>()));
            services.AddSingleton<IContentChangeConsumer>(sp => ActivatorUtilities.CreateInstance<RetrainOnCatalogChange>(sp));
        }
        return services;
    }

    private static S3AudienceLocation ParseLocation(string setting)
    {
        try
        {
            return S3AudienceLocation.Parse(setting);
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException($"{Key}: {e.Message}", e);
        }
    }

    public static string? DirectoryOf(IConfiguration configuration)
    {
        var setting = configuration[Key] ?? "auto";
        if (string.Equals(setting, "none", StringComparison.OrdinalIgnoreCase))
            return null;
        if (!string.Equals(setting, "auto", StringComparison.OrdinalIgnoreCase))
        {
            var path = Path.GetFullPath(setting);
            return File.Exists(Path.Combine(path, "ratings.csv")) ? path
                : throw new InvalidOperationException($"{Key}: '{path}' holds no ratings.csv (give auto, none or a directory with one).");
        }
        var catalog = configuration["CatalogSync:Directory"];
        var movieLens = configuration["CatalogSync:MovieLens"];
        if (string.IsNullOrWhiteSpace(catalog) || !Directory.Exists(catalog))
            return string.IsNullOrWhiteSpace(movieLens) || string.Equals(movieLens, CatalogDirectory.NoMovieLens, StringComparison.OrdinalIgnoreCase) ? null : Path.GetFullPath(movieLens);
        return CatalogDirectory.Discover(catalog, movieLens).MovieLensPath;
    }
}
