using Amazon.DynamoDBv2;
using Amazon.Runtime;
using MediaDiscovery.Aws.Catalog;
using MediaDiscovery.Core.Catalog.Ingestion;
using MediaDiscovery.Core.Catalog.Sync;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Embedded.Catalog;
using MediaDiscovery.Hosting.ContentChanges;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MediaDiscovery.Hosting;

/// <summary>
/// The catalog's services on the configured backend: <c>Storage:Backend</c> = <c>sqlite</c> (the embedded
/// default, one file under <c>Storage:DataDirectory</c>) or <c>dynamodb</c> (tables named under
/// <c>Storage:DynamoDb</c>).
/// </summary>
public static class CatalogServices
{
    public static IServiceCollection AddCatalog(this IServiceCollection services, IConfiguration configuration)
    {
        // Every function adds the catalog; LocalHost hosts them all in one container.
        if (services.Any(d => d.ServiceType == typeof(CatalogSync)))
            return services;
        var backend = configuration["Storage:Backend"] ?? "sqlite";
        switch (backend.ToLowerInvariant())
        {
            case "sqlite":
                services.AddSingleton<ICatalogStore>(_ => OpenSqlite(configuration));
                break;
            case "dynamodb":
                services.AddSingleton<ICatalogStore>(_ => OpenDynamoDb(configuration));
                break;
            default:
                throw new InvalidOperationException($"Storage:Backend must be 'sqlite' or 'dynamodb', not '{backend}'.");
        }

        services.AddSingleton(CatalogTaxonomy.Default);
        services.AddSingleton(IngestionLimits.Default);
        services.AddSingleton<CatalogIngestion>();
        services.AddSingleton(configuration.GetSection("CatalogSync").Get<CatalogSyncOptions>() ?? new CatalogSyncOptions());
        services.AddSingleton<CatalogSync>();
        services.AddSingleton<FeedSyncTimes>();

        // Content changes go through an in-process queue drained by a dispatcher and, when a queue is configured
        // (AWS), to SQS as well, where the Embeddings function consumes them.
        services.AddContentChangePublishing(configuration);
        return services;
    }

    public static string DataDirectory(IConfiguration configuration) =>
        Path.GetFullPath(configuration["Storage:DataDirectory"] ?? ".data");

    private static SqliteCatalogStore OpenSqlite(IConfiguration configuration)
    {
        var directory = DataDirectory(configuration);
        Directory.CreateDirectory(directory);
        return SqliteCatalogStore.OpenAsync(Path.Combine(directory, "catalog.db")).GetAwaiter().GetResult();
    }

    private static DynamoDbCatalogStore OpenDynamoDb(IConfiguration configuration)
    {
        var section = configuration.GetSection("Storage:DynamoDb");
        var options = section.Get<DynamoDbCatalogOptions>() ?? new DynamoDbCatalogOptions();
        var serviceUrl = section["ServiceUrl"];
        var client = serviceUrl is null
            ? new AmazonDynamoDBClient()
            : new AmazonDynamoDBClient(
                new BasicAWSCredentials("local", "local"),
                new AmazonDynamoDBConfig { ServiceURL = serviceUrl, AuthenticationRegion = section["Region"] ?? "us-east-1" });
        return new DynamoDbCatalogStore(client, options);
    }
}
