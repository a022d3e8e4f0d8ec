using MediaDiscovery.Functions.Availability;
using MediaDiscovery.Functions.CatalogSync;
using MediaDiscovery.Functions.Intent;
using MediaDiscovery.Functions.Recommendations;
using MediaDiscovery.Functions.Search;
using MediaDiscovery.Functions.Webhooks;
using MediaDiscovery.Hosting;
using MediaDiscovery.LocalHost.Extensions;

// Every function in one Kestrel process on the embedded adapters.
var builder = WebApplication.CreateBuilder(args);
builder.AddLocalHostDefaults();
builder.AddServiceDefaults();
builder.Services
    .AddSearchFunction(builder.Configuration)
    .AddAvailabilityFunction(builder.Configuration)
    .AddCatalogSyncFunction(builder.Configuration)
    .AddIntentFunction(builder.Configuration)
    .AddRecommendationsFunction(builder.Configuration)
    .AddWebhooksFunction(builder.Configuration)
    .AddCatalogSyncSchedule();

var app = builder.Build();
app.UseServiceDefaults();
app.MapSearchFunction();
app.MapAvailabilityFunction();
app.MapCatalogSyncFunction(eventsPath: "/events/catalog-sync");
app.MapIntentFunction();
app.MapRecommendationsFunction();
app.MapWebhooksFunction();
app.Run();

public partial class Program;
