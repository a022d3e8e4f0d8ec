using MediaDiscovery.Functions.Availability;
using MediaDiscovery.Functions.CatalogSync;
using MediaDiscovery.Functions.Intent;
using MediaDiscovery.Functions.Search;
using MediaDiscovery.Hosting;
using MediaDiscovery.LocalHost.Extensions;
using MediaDiscovery.PlatformSimulator;

// Every function in one Kestrel process on the embedded adapters, with the platform simulator the availability
// adapters ask (under /simulator/{platform}) unless Availability:Platforms points them elsewhere.
var builder = WebApplication.CreateBuilder(args);
builder.AddLocalHostDefaults();
builder.AddServiceDefaults();
builder.Services
    .AddSearchFunction(builder.Configuration)
    .AddAvailabilityFunction(builder.Configuration)
    .AddCatalogSyncFunction(builder.Configuration)
    .AddIntentFunction(builder.Configuration)
    .AddCatalogSyncSchedule()
    .AddAvailabilitySweepSchedule()
    .AddPlatformSimulator(builder.Configuration);

var app = builder.Build();
app.UseServiceDefaults();
app.MapSearchFunction();
app.MapAvailabilityFunction(eventsPath: "/events/availability");
app.MapCatalogSyncFunction(eventsPath: "/events/catalog-sync");
app.MapIntentFunction();
app.MapPlatformSimulator();
app.Run();

public partial class Program;
