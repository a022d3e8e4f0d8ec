using MediaDiscovery.ApiClient;
using MediaDiscovery.ApiClient.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace MediaDiscovery.LocalHost.Tests.Contract;

/// <summary>
/// An app's developer's first hour, with the client Kiota generates from docs/openapi.json
/// (tests/MediaDiscovery.ApiClient): search, open a title, sign in as a development user, record an event, read
/// recommendations, export, erase. Every call goes through the generated models and request builders, so a contract
/// that a generator turns into a client that cannot do this fails here.
/// </summary>
public sealed class GeneratedClientTests(DemoCatalogFixture fixture) : IClassFixture<DemoCatalogFixture>
{
    private const string User = "kiota-user";

    [Fact]
    public async Task A_generated_client_searches_signs_in_records_recommends_exports_and_erases()
    {
        var anonymous = Client(new AnonymousAuthenticationProvider());

        var found = await anonymous.Api.V1.Search.PostAsync(new SearchRequestBody { Query = "stranger things", Limit = 3 });
        var first = Assert.IsType<TitleView>(found!.Results![0]);
        Assert.Equal("Stranger Things", first.Title);
        var browsed = await anonymous.Api.V1.Search.PostAsync(new SearchRequestBody { Filters = new FiltersView { Genres = ["comedy"], Platforms = ["hulu"] } });
        Assert.All(browsed!.Results!, t => Assert.Contains("comedy", t.Genres!));

        var title = await anonymous.Api.V1.Content[first.Id!].GetAsync();
        Assert.Equal(first.Id, title!.Id);
        Assert.Contains(title.Availability!, a => a.Platform == "netflix");
        var similar = await anonymous.Api.V1.Content[first.Id!].Similar.GetAsync();
        Assert.NotEmpty(similar!.Results!);

        var token = await anonymous.Api.V1.Auth.DevToken.PostAsync(new DevelopmentTokenRequest { Sub = User, Roles = ["user"] });
        Assert.Equal("Bearer", token!.TokenType);
        var signedIn = Client(new BaseBearerTokenAuthenticationProvider(new StaticAccessToken(token.AccessToken!)));
        var me = signedIn.Api.V1.Users[User];

        var recorded = await me.Events.PostAsync(new UserEventRequest { TitleId = first.Id, Kind = "rating", Rating = 5, EventId = "kiota-1" });
        Assert.Equal(first.Id, recorded!.TitleId);
        await me.Preferences.PutAsync(new PreferencesRequest { Platforms = ["netflix", "hulu"], LikedGenres = ["comedy"] });

        var recommendations = await signedIn.Api.V1.Recommendations.GetAsync(r => r.QueryParameters.UserId = User);
        Assert.Equal(User, recommendations!.UserId);
        Assert.NotEmpty(recommendations.Recommendations!);
        Assert.DoesNotContain(recommendations.Recommendations!, r => r.Title!.Id == first.Id); // already rated

        var export = await me.Export.GetAsync();
        Assert.Contains(export!.Events!, e => e.EventId == "kiota-1");
        Assert.Equal(["netflix", "hulu"], export.Preferences!.Platforms);

        await me.DeleteAsync();
        var afterErasure = await me.Export.GetAsync();
        Assert.Empty(afterErasure!.Events!);

        // A refusal arrives as the documented problem, typed.
        var notFound = await Assert.ThrowsAnyAsync<ApiException>(() => anonymous.Api.V1.Content["t_unknown"].GetAsync());
        Assert.Equal(404, notFound.ResponseStatusCode);
        var forbidden = await Assert.ThrowsAnyAsync<ApiException>(() => signedIn.Api.V1.Users["someone-else"].Export.GetAsync());
        Assert.Equal(403, forbidden.ResponseStatusCode);
    }

    private MediaDiscoveryClient Client(IAuthenticationProvider authentication)
    {
        var http = fixture.Factory.CreateClient();
        return new MediaDiscoveryClient(new HttpClientRequestAdapter(authentication, httpClient: http) { BaseUrl = http.BaseAddress!.ToString().TrimEnd('/') });
    }

    private sealed class StaticAccessToken(string token) : IAccessTokenProvider
    {
        public AllowedHostsValidator AllowedHostsValidator { get; } = new();

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(token);
    }
}
