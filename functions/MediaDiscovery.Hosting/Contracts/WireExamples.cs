namespace MediaDiscovery.Hosting.Contracts;

/// <summary>Wire values the contract's examples share (docs/openapi.json): one title, as every title view shows it.</summary>
public static class WireExamples
{
    public const string TitleId = "t_0ea490da609ed4d1";

    public const string Title = """
        {"id":"t_0ea490da609ed4d1","title":"Stranger Things","type":"series","releaseYear":2016,
         "genres":["drama","fantasy","horror","science-fiction"],"maturityRating":"TV-14","minAge":14,"runtimeMinutes":null,
         "seasons":4,"countries":["United States"],"cast":["Winona Ryder","David Harbour","Millie Bobby Brown"],
         "directors":["Matt Duffer","Ross Duffer"],
         "description":"When a young boy vanishes, a small town uncovers a mystery involving secret experiments and supernatural forces.",
         "scores":{"rottenTomatoes":null,"imdb":8.7},
         "availability":[{"platform":"netflix","available":true,"url":null,"priceType":"subscription","region":"US",
           "lastVerifiedAt":"2026-12-07T09:30:00+00:00","stale":false,"externalId":"netflix:s42","addedOn":"2016-07-15"}]}
        """;

    public const string ValidationProblem = """
        {"type":"https://mediadiscovery.dev/problems/validation","title":"Invalid request","status":400,
         "errors":{"limit":["The limit must be between 1 and 100."]}}
        """;
}
