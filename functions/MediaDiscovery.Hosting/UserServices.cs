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
/// <c>availability-changes.db</c> under <c>Storage:DataDirectory</c>) or <c>dynamodb</c> (tables named under
/// <c>Storage:DynamoDb</c>). Several functions add them and LocalHost hosts them all in one container: TryAdd keeps
/// the first registration, so one instance (and one SQLite connection pool) serves them all.
/// </summary>
public static class UserServices
{
    public static IServiceCollection AddUserStore(this IServiceCollection services, IConfiguration configuration)
    {
        // Read now, so a misconfigured backend fails at startup rather than on the first request.
        var backend = Backend(configuration);
        services.TryAddSingleton<IUserStore>(_ => backend switch
        {
            StorageBackend.Sqlite => SqliteUserStore.OpenAsync(SqlitePath(configuration, SqliteUserStore.FileName)).GetAwaiter().GetResult(),
            _ => throw UnknownBackend(configuration),
        });
        return services;
    }

    public static IServiceCollection AddAvailabilityChangeLog(this IServiceCollection services, IConfiguration configuration)
    {
        // Read now, so a misconfigured backend fails at startup rather than on the first request.
        var backend = Backend(configuration);
        services.TryAddSingleton<IAvailabilityChangeLog>(_ => backend switch
        {
            StorageBackend.Sqlite => SqliteAvailabilityChangeLog.OpenAsync(SqlitePath(configuration, SqliteAvailabilityChangeLog.FileName)).GetAwaiter().GetResult(),
            _ => throw UnknownBackend(configuration),
        });
        return services;
    }

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
