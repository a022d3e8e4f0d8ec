namespace MediaDiscovery.Functions.Search;

/// <summary>
/// On-demand verification of search results: availability verified within <see cref="FreshFor"/>
/// (<c>Availability:FreshFor</c>) is shown as stored; older or stale entries of the top <see cref="TopResults"/>
/// are asked of their platforms, all together within <see cref="Budget"/> (<c>Availability:OnDemand:*</c>).
/// </summary>
public sealed record OnDemandAvailabilityOptions
{
    public TimeSpan FreshFor { get; set; } = TimeSpan.FromHours(1);

    public TimeSpan Budget { get; set; } = TimeSpan.FromMilliseconds(30);

    public int TopResults { get; set; } = 10;

    public static OnDemandAvailabilityOptions From(IConfiguration configuration)
    {
        var defaults = new OnDemandAvailabilityOptions();
        return new OnDemandAvailabilityOptions
        {
            FreshFor = configuration.GetValue("Availability:FreshFor", defaults.FreshFor),
            Budget = configuration.GetValue("Availability:OnDemand:Budget", defaults.Budget),
            TopResults = configuration.GetValue("Availability:OnDemand:TopResults", defaults.TopResults),
        };
    }
}
