using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using MediaDiscovery.Aws.Audience;
using MediaDiscovery.Core.Catalog;
using MediaDiscovery.Core.Ports;
using MediaDiscovery.Core.Users;
using MediaDiscovery.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace MediaDiscovery.Aws.Tests.Audience;

/// <summary>The audience export read from S3 in AWS (ADR 0015), through the SDK against a local S3 endpoint.</summary>
public sealed class S3AudienceSourceTests
{
    private const string Movies = """
        movieId,title,genres
        1,"Lion King, The (1994)",Animation
        2,Finding Nemo (2003),Animation
        3,Not In The Catalog (1990),Drama
        """;

    private const string Ratings = """
        userId,movieId,rating,timestamp
        7,1,5.0,1100000000
        7,2,3.5,1100000100
        8,2,4.0,1100000200
        8,3,5.0,1100000300
        9,1,9.0,1100000400
        """;

    private static readonly S3AudienceLocation Location = S3AudienceLocation.Parse("s3://md-audience-test/exports/2026-12");

    [Fact]
    public async Task Ratings_are_linked_to_a_catalog_never_enriched_through_the_exports_movies()
    {
        await using var s3 = new FakeS3Server();
        s3.Put("md-audience-test", "exports/2026-12/movies.csv", Movies);
        s3.Put("md-audience-test", "exports/2026-12/ratings.csv", Ratings);
        var catalog = await CatalogAsync();

        var events = await Source(s3, catalog).LoadAsync();

        // Movie 3 has no catalog title and user 9's rating is out of range: both skipped.
        var lionKing = TitleIds.For("The Lion King", ContentType.Movie, 1994);
        var nemo = TitleIds.For("Finding Nemo", ContentType.Movie, 2003);
        Assert.Equal(
            [("audience:7", lionKing), ("audience:7", nemo), ("audience:8", nemo)],
            events.Select(e => (e.UserId, e.TitleId)).ToArray());
        Assert.All(events, e => Assert.Equal(UserEventKind.Rating, e.Kind));
        Assert.All(s3.Requests, r => Assert.StartsWith("AWS4-HMAC-SHA256 ", r.Authorization));
        Assert.Contains(s3.Requests, r => r.Path == "/md-audience-test/exports/2026-12/ratings.csv");
    }

    [Fact]
    public async Task Without_movies_csv_only_titles_the_enrichment_linked_count()
    {
        await using var s3 = new FakeS3Server();
        s3.Put("md-audience-test", "exports/2026-12/ratings.csv", Ratings);
        var catalog = await CatalogAsync(enrichedNemo: true);

        var events = await Source(s3, catalog).LoadAsync();

        Assert.Equal(["audience:7", "audience:8"], events.Select(e => e.UserId).ToArray());
    }

    [Fact]
    public async Task No_export_uploaded_yet_is_an_empty_audience_and_a_denied_read_fails()
    {
        await using (var empty = new FakeS3Server())
            Assert.Empty(await Source(empty, await CatalogAsync()).LoadAsync());

        await using var denied = new FakeS3Server((HttpStatusCode.Forbidden, "AccessDenied"));
        var error = await Assert.ThrowsAsync<AmazonS3Exception>(() => Source(denied, new InMemoryCatalogStore()).LoadAsync());
        Assert.Equal("AccessDenied", error.ErrorCode);
    }

    [Theory]
    [InlineData("s3://bucket", "bucket", "")]
    [InlineData("s3://my.bucket-1/a/b", "my.bucket-1", "a/b/")]
    [InlineData("s3://my.bucket-1/a/b/", "my.bucket-1", "a/b/")]
    public void Locations_parse_to_a_bucket_and_a_prefix(string setting, string bucket, string prefix)
    {
        var location = S3AudienceLocation.Parse(setting);
        Assert.Equal((bucket, prefix), (location.Bucket, location.Prefix));
        Assert.Equal(prefix + "ratings.csv", location.RatingsKey);
    }

    [Theory]
    [InlineData("s3://")]
    [InlineData("s3://Upper_Case/x")]
    [InlineData("s3://ab")]
    [InlineData("https://bucket/x")]
    public void Malformed_locations_are_refused(string setting) =>
        Assert.Throws<FormatException>(() => S3AudienceLocation.Parse(setting));

    private static S3AudienceSource Source(FakeS3Server s3, ICatalogStore catalog) => new(
        new AmazonS3Client(new BasicAWSCredentials("test", "test"), new AmazonS3Config
        {
            ServiceURL = s3.Endpoint.ToString(),
            ForcePathStyle = true,
            AuthenticationRegion = "us-east-1",
            MaxErrorRetry = 0,
        }),
        Location, catalog, NullLogger<S3AudienceSource>.Instance);

    private static async Task<InMemoryCatalogStore> CatalogAsync(bool enrichedNemo = false)
    {
        var catalog = new InMemoryCatalogStore();
        var nemo = SampleTitles.Movie("Finding Nemo", 2003, ("disney", "s2"));
        if (enrichedNemo)
            nemo = nemo with { Scores = nemo.Scores with { AudienceMovieId = 2 } };
        await catalog.PutAsync([
            new TitleWrite(SampleTitles.Movie("The Lion King", 1994, ("disney", "s1")), 0),
            new TitleWrite(nemo, 0),
            new TitleWrite(SampleTitles.Series("Finding Nemo", 2003, ("hulu", "s3")), 0),
        ]);
        return catalog;
    }
}
