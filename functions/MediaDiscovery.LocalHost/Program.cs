using MediaDiscovery.Functions.Availability;
using MediaDiscovery.Functions.CatalogSync;
using MediaDiscovery.Functions.Intent;
using MediaDiscovery.Functions.Recommendations;
using MediaDiscovery.Functions.Search;
using MediaDiscovery.Functions.Webhooks;
using MediaDiscovery.Hosting;
using MediaDiscovery.Hosting.Security;
using MediaDiscovery.LocalHost.Extensions;
using MediaDiscovery.PlatformSimulator;

// Every function in one Kestrel process on the embedded adapters, with the platform simulator the availability
// adapters ask (under /simulator/{platform}) unless Availability:Platforms points them elsewhere.
// Development unless the environment says otherwise: the LocalHost is a developer's box (and issues dev tokens).
// The content root is the build output (appsettings.json), wherever the process was started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = LocalHostDefaults.ContentRoot(args),
    EnvironmentName = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
        ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
        ?? Environments.Development,
});
builder.AddLocalHostDefaults();
builder.AddServiceDefaults();
builder.Services
    .AddSearchFunction(builder.Configuration)
    .AddAvailabilityFunction(builder.Configuration)
    .AddCatalogSyncFunction(builder.Configuration)
    .AddIntentFunction(builder.Configuration)
    .AddRecommendationsFunction(builder.Configuration)
    .AddWebhooksFunction(builder.Configuration)
    .AddCatalogSyncSchedule()
    .AddAvailabilitySweepSchedule()
    .AddPlatformSimulator(builder.Configuration);
if (builder.Environment.IsDevelopment())
    builder.Services.AddDevelopmentTokenIssuer();

var app = builder.Build();
app.UseServiceDefaults();
app.UseDiscoveryPage();
app.MapSearchFunction();
app.MapAvailabilityFunction(eventsPath: "/events/availability");
app.MapCatalogSyncFunction(eventsPath: "/events/catalog-sync");
app.MapIntentFunction();
app.MapRecommendationsFunction();
app.MapWebhooksFunction(eventsPath: "/events/webhooks");
app.MapPlatformSimulator();
if (app.Environment.IsDevelopment())
    app.MapDevelopmentTokenApi();
app.Run();

public partial class Program;
