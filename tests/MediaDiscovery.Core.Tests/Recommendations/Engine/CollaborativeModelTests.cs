using MediaDiscovery.Core.Recommendations;
using MediaDiscovery.Core.Users;
using static MediaDiscovery.Core.Tests.Recommendations.Engine.EngineFixtures;

namespace MediaDiscovery.Core.Tests.Recommendations.Engine;

public sealed class CollaborativeModelTests
{
    private static readonly Core.Catalog.Title Matrix = Movie("The Matrix", 1999, ["science-fiction"]);
    private static readonly Core.Catalog.Title Reloaded = Movie("The Matrix Reloaded", 2003, ["science-fiction"]);
    private static readonly Core.Catalog.Title Notebook = Movie("The Notebook", 2004, ["romance"]);
    private static readonly Core.Catalog.Title Titanic = Movie("Titanic", 1997, ["romance"]);

    // Sci-fi fans like both Matrix films, romance fans both romances.
    private static List<UserEvent> Events()
    {
        var events = new List<UserEvent>();
        for (var u = 0; u < 6; u++)
        {
            var (first, second) = u % 2 == 0 ? (Matrix, Reloaded) : (Notebook, Titanic);
            events.Add(Rate("u" + u, first, 5, Now.AddDays(-u - 1)));
            events.Add(View("u" + u, second, Now.AddDays(-u)));
        }
        return events;
    }

    [Fact]
    public void Recommends_what_people_with_the_same_likes_liked_and_says_which_like_led_there()
    {
        var model = CollaborativeModel.Train(CollaborativeModel.LikesByUser(Events()), Now, 10, 100)!;

        var top = model.Recommend([Matrix.Id], _ => true, 2);

        Assert.Equal(Reloaded.Id, top[0].TitleId);
        Assert.Equal(Matrix.Id, top[0].Because);
        Assert.DoesNotContain(top, c => c.TitleId == Matrix.Id);
        Assert.StartsWith("ease/lambda10/u6-i4", model.Version, StringComparison.Ordinal);
    }

    [Fact]
    public void The_filter_drops_candidates_and_unknown_likes_score_nothing()
    {
        var model = CollaborativeModel.Train(CollaborativeModel.LikesByUser(Events()), Now, 10, 100)!;

        Assert.DoesNotContain(model.Recommend([Matrix.Id], id => id != Reloaded.Id, 3), c => c.TitleId == Reloaded.Id);
        Assert.Empty(model.Recommend(["t_unknown"], _ => true, 3));
    }

    [Fact]
    public void Keeps_only_the_most_liked_titles_and_needs_two_users()
    {
        var events = Events();
        events.Add(View("u0", Titanic, Now));
        var model = CollaborativeModel.Train(CollaborativeModel.LikesByUser(events), Now, 10, maxTitles: 2)!;

        Assert.Equal(2, model.TitleCount);
        Assert.Null(CollaborativeModel.Train(CollaborativeModel.LikesByUser([View("solo", Matrix, Now), View("solo", Titanic, Now)]), Now, 10, 100));
    }
}
