using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Recommendations;
using MediaDiscovery.Embedded.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace MediaDiscovery.Hosting.Recommendations;

/// <summary>
/// The recommendation engine: <see cref="IRecommender"/>, <see cref="IRecommendationTraining"/> and the scheduled
/// retraining, configured by the <c>Recommendations</c> section (<see cref="RecommendationOptions"/>). Needs an
/// <see cref="IUserStore"/> (added here through <c>AddUserStore</c>, which keeps an earlier registration) and the catalog (<c>AddCatalog</c>). Titles and title vectors
/// come from the embedded search snapshot when one is registered (<c>AddSearchBackends</c>, embedded), else the
/// titles are loaded from the catalog store and content-based scoring uses genres and people.
/// </summary>
public static class RecommendationServices
{
    public static IServiceCollection AddRecommendationEngine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(RecommendationTrainer)))
            return services;
        var options = configuration.GetSection(RecommendationOptions.Section).Get<RecommendationOptions>() ?? new RecommendationOptions();
        options.Validate();
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddUserStore(configuration);
        services.AddAudienceSource(configuration);
        services.AddSingleton(sp => new RecommendationTrainer(sp.GetRequiredService<IUserStore>(), options, sp.GetRequiredService<TimeProvider>(), sp.GetService<IAudienceSource>()));
        services.AddSingleton<IRecommendationTraining>(sp => sp.GetRequiredService<RecommendationTrainer>());
        services.AddHostedService<ScheduledRecommendationTraining>();

        services.AddSingleton<CatalogStoreTitleTable>();
        // AddSingleton, not AddHostedService<IHostedService>: the latter's TryAddEnumerable refuses a factory whose
        // implementation type is the service type itself, so the engine could never be registered.
        services.AddSingleton<IHostedService>(sp =>
            sp.GetService<ISearchIndexSource>() is null ? sp.GetRequiredService<CatalogStoreTitleTable>() : new NoBackgroundWork());
        services.AddSingleton<IRecommender>(sp =>
        {
            var snapshot = sp.GetService<ISearchIndexSource>() is { } indexes ? new SnapshotTitleVectors(indexes) : null;
            ITitleTableSource titles = snapshot is null ? sp.GetRequiredService<CatalogStoreTitleTable>() : snapshot;
            return new PersonalRecommender(sp.GetRequiredService<RecommendationTrainer>(), titles, snapshot, options);
        });
        return services;
    }
}
