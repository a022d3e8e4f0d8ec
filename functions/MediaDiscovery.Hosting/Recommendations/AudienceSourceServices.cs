using MediaDiscovery.Core.Ports;
using MediaDiscovery.Embedded.Audience;
using MediaDiscovery.Embedded.Feeds;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MediaDiscovery.Hosting.Recommendations;

/// <summary>
/// <c>Recommendations:Audience</c>: <c>auto</c> (default: the MovieLens export the catalog is enriched from,
/// <c>CatalogSync:MovieLens</c> or the <c>movielens*</c> directory found beside <c>CatalogSync:Directory</c>),
/// <c>none</c>, or a directory holding <c>ratings.csv</c>. A directory given that holds none fails the start.
/// </summary>
public static class AudienceSourceServices
{
    public const string Key = "Recommendations:Audience";

    public static IServiceCollection AddAudienceSource(this IServiceCollection services, IConfiguration configuration)
    {
        if (DirectoryOf(configuration) is { } directory)
        {
            services.AddSingleton<IAudienceSource>(sp => new MovieLensAudienceSource(
                directory, sp.GetRequiredService<ICatalogStore>(), sp.GetRequiredService<ILogger<MovieLensAudienceSource>>()));
            services.AddSingleton<IContentChangeConsumer>(sp => ActivatorUtilities.CreateInstance<RetrainOnCatalogChange>(sp));
        }
        return services;
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
