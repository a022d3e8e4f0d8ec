using Amazon.DynamoDBv2;
using MediaDiscovery.Aws.Availability;
using MediaDiscovery.Aws.Users;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Embedded.Availability;
using MediaDiscovery.Embedded.Users;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MediaDiscovery.Hosting;

/// <summary>
/// The user store and the availability change log on the configured backend, as for the catalog
/// (<see cref="CatalogServices"/>): <c>Storage:Backend</c> = <c>sqlite</c> (files <c>users.db</c> and
/// <c>availability-changes.db</c> under <c>Storage:DataDirectory</c>) or <c>dynamodb</c> (tables
/// <c>Storage:DynamoDb:UsersTable</c> and <c>:AvailabilityChangesTable</c>, one shared <see cref="IAmazonDynamoDB"/>).
/// Several functions add them and LocalHost hosts them all in one container: TryAdd keeps the first registration,
/// so one instance (and one SQLite connection pool) serves them all.
/// </summary>
public static class UserServices
{
    public static IServiceCollection AddUserStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        // Read now, so a misconfigured backend fails at startup rather than on the first request.
        var backend = Backend(configuration);
        if (backend == StorageBackend.DynamoDb)
            services.TryAddSingleton<IAmazonDynamoDB>(_ => DynamoDbClients.Create(configuration));
        services.TryAddSingleton<IUserStore>(sp => backend switch
        {
            StorageBackend.Sqlite => SqliteUserStore.OpenAsync(SqlitePath(configuration, SqliteUserStore.FileName)).GetAwaiter().GetResult(),
            _ => new DynamoDbUserStore(
                sp.GetRequiredService<IAmazonDynamoDB>(),
                DynamoDbSection(configuration).Get<DynamoDbUserOptions>() ?? new DynamoDbUserOptions()),
        });
        return services;
    }

    public static IServiceCollection AddAvailabilityChangeLog(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        // Read now, so a misconfigured backend fails at startup rather than on the first request.
        var backend = Backend(configuration);
        if (backend == StorageBackend.DynamoDb)
            services.TryAddSingleton<IAmazonDynamoDB>(_ => DynamoDbClients.Create(configuration));
        services.TryAddSingleton<IAvailabilityChangeLog>(sp => backend switch
        {
            StorageBackend.Sqlite => SqliteAvailabilityChangeLog.OpenAsync(SqlitePath(configuration, SqliteAvailabilityChangeLog.FileName)).GetAwaiter().GetResult(),
            _ => new DynamoDbAvailabilityChangeLog(
                sp.GetRequiredService<IAmazonDynamoDB>(),
                DynamoDbSection(configuration).Get<DynamoDbAvailabilityChangeLogOptions>() ?? new DynamoDbAvailabilityChangeLogOptions()),
        });
        return services;
    }

    // Shared with the catalog's options: UsersTable, AvailabilityChangesTable, MaxParallelCalls, ServiceUrl, Region.
    private static IConfigurationSection DynamoDbSection(IConfiguration configuration) => configuration.GetSection("Storage:DynamoDb");

    private static string SqlitePath(IConfiguration configuration, string fileName) =>
        Path.Combine(CatalogServices.DataDirectory(configuration), fileName);

    private static StorageBackend Backend(IConfiguration configuration) =>
        (configuration["Storage:Backend"] ?? "sqlite").ToLowerInvariant() switch
        {
            "sqlite" => StorageBackend.Sqlite,
            "dynamodb" => StorageBackend.DynamoDb,
            _ => throw UnknownBackend(configuration),
        };

    private static InvalidOperationException UnknownBackend(IConfiguration configuration) =>
        new($"Storage:Backend must be 'sqlite' or 'dynamodb', not '{configuration["Storage:Backend"]}'.");

    private enum StorageBackend
    {
        Sqlite,
        DynamoDb,
    }
}
