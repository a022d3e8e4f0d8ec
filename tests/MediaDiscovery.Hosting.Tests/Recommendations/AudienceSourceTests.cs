using MediaDiscovery.Aws.Audience;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Recommendations;
using MediaDiscovery.Core.Users;
using MediaDiscovery.Hosting.Recommendations;
using MediaDiscovery.Testing;
using MediaDiscovery.Testing.Users;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace MediaDiscovery.Hosting.Tests.Recommendations;

/// <summary><c>Recommendations:Audience</c> and the retraining that links the audience once the catalog is in.</summary>
public sealed class AudienceSourceTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("md-audience-");

    [Fact]
    public void None_reads_no_audience_and_a_directory_without_ratings_fails_the_start()
    {
        Assert.Null(AudienceSourceServices.DirectoryOf(Configuration(("Recommendations:Audience", "none"))));
        var error = Assert.Throws<InvalidOperationException>(() => AudienceSourceServices.DirectoryOf(Configuration(("Recommendations:Audience", root.FullName))));
        Assert.Contains("ratings.csv", error.Message);
    }

    [Fact]
    public void Auto_follows_the_movielens_export_the_catalog_is_enriched_from()
    {
        var catalog = root.CreateSubdirectory("catalog");
        File.WriteAllText(Path.Combine(catalog.FullName, "netflix_titles.csv"), "show_id\n");
        var movieLens = root.CreateSubdirectory("movielens-small");
        File.WriteAllText(Path.Combine(movieLens.FullName, "movies.csv"), "movieId,title\n");
        File.WriteAllText(Path.Combine(movieLens.FullName, "ratings.csv"), "userId,movieId,rating,timestamp\n");

        Assert.Equal(movieLens.FullName, AudienceSourceServices.DirectoryOf(Configuration(("CatalogSync:Directory", catalog.FullName))));
        Assert.Null(AudienceSourceServices.DirectoryOf(Configuration(("CatalogSync:Directory", catalog.FullName), ("CatalogSync:MovieLens", "none"))));
        Assert.Null(AudienceSourceServices.DirectoryOf(Configuration()));
        Assert.Equal(movieLens.FullName, AudienceSourceServices.DirectoryOf(Configuration(("Recommendations:Audience", movieLens.FullName))));
    }

    [Fact]
    public void An_s3_address_reads_the_export_from_s3_and_a_malformed_one_fails_the_start()
    {
        var services = new ServiceCollection().AddLogging().AddSingleton<ICatalogStore>(new InMemoryCatalogStore());
        services.AddAudienceSource(Configuration(("Recommendations:Audience", "s3://md-audience/exports/"), ("Storage:S3:ServiceUrl", "http://127.0.0.1:9")));
        using var provider = services.BuildServiceProvider();
        var source = Assert.IsType<S3AudienceSource>(provider.GetRequiredService<IAudienceSource>());
        Assert.Equal("movielens s3://md-audience/exports/", source.Name);

        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddAudienceSource(Configuration(("Recommendations:Audience", "s3://No_Such"))));
        Assert.Contains("Recommendations:Audience", error.Message);
    }

    [Fact]
    public async Task New_catalog_titles_retrain_with_the_audience_and_availability_changes_do_not()
    {
        var users = new InMemoryUserStore();
        await users.AppendEventAsync(new UserEvent("u1", "e1", "a", UserEventKind.View, null, null, Now));
        var audience = new CountingAudience();
        using var trainer = new RecommendationTrainer(users, new RecommendationOptions(), new FixedClock(Now), audience);
        var consumer = new RetrainOnCatalogChange(trainer, NullLogger<RetrainOnCatalogChange>.Instance);

        await consumer.HandleAsync([new ContentChange("a", ContentChangeKind.AvailabilityAdded, "netflix", Now, "webhook")]);
        await consumer.Latest;
        Assert.Equal(0, audience.Loads);

        await consumer.HandleAsync([new ContentChange("a", ContentChangeKind.TitleAdded, null, Now, "catalog-sync")]);
        await consumer.Latest;
        Assert.Equal(1, audience.Loads);
        Assert.NotNull(trainer.CurrentVersion);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();

    public void Dispose() => root.Delete(recursive: true);

    private sealed class CountingAudience : IAudienceSource
    {
        public int Loads { get; private set; }

        public string Name => "counting";

        public Task<IReadOnlyList<UserEvent>> LoadAsync(CancellationToken ct = default)
        {
            Loads++;
            return Task.FromResult<IReadOnlyList<UserEvent>>([]);
        }
    }
}
