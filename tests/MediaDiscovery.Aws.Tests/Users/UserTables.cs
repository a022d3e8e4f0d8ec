using MediaDiscovery.Aws.Availability;
using MediaDiscovery.Aws.Users;

namespace MediaDiscovery.Aws.Tests.Users;

/// <summary>Fresh, uniquely named tables per test, so tests sharing one dynalite never see each other.</summary>
internal static class UserTables
{
    public static async Task<DynamoDbUserOptions> CreateAsync(DynaliteServer dynalite)
    {
        var options = new DynamoDbUserOptions().WithTablePrefix($"t{Guid.NewGuid():N}-");
        await DynamoDbUserSchema.CreateTableAsync(dynalite.Client, options);
        return options;
    }

    public static async Task<DynamoDbAvailabilityChangeLogOptions> CreateChangeLogAsync(DynaliteServer dynalite)
    {
        var options = new DynamoDbAvailabilityChangeLogOptions().WithTablePrefix($"t{Guid.NewGuid():N}-");
        await DynamoDbAvailabilityChangeSchema.CreateTableAsync(dynalite.Client, options);
        return options;
    }
}
