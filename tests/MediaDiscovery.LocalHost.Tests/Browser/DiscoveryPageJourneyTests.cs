using System.Net;
using System.Text.RegularExpressions;
using MediaDiscovery.LocalHost.Tests.Webhooks;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MediaDiscovery.LocalHost.Tests.Browser;

/// <summary>
/// What a person does on the discovery page, in Chromium, on the LocalHost with the demo catalog: each journey asserts
/// what is on the screen, runs axe on every state it reaches, and leaves a screenshot.
/// </summary>
public sealed partial class DiscoveryPageJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task A_plain_language_query_shows_its_filters_as_chips_and_removing_one_widens_the_results()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("Search films and series in plain language").FillAsync("comedy series on netflix");
        await page.Keyboard.PressAsync("Enter");

        var chips = page.GetByRole(AriaRole.List, new() { Name = "Understood as" });
        await Expect(chips.GetByRole(AriaRole.Listitem)).ToHaveTextAsync([new Regex("Platform: Netflix"), new Regex("Genre: Comedy"), new Regex("Type: Series")]);
        var results = page.GetByRole(AriaRole.List, new() { Name = "Results" });
        await Expect(results.GetByRole(AriaRole.Listitem).First).ToBeVisibleAsync();
        var onNetflix = await CardsAsync(results);
        Assert.All(onNetflix, card => Assert.Contains("Netflix", card.Platforms));
        Assert.All(onNetflix, card => Assert.Contains("Series", card.Meta, StringComparison.Ordinal));
        var before = await page.GetByRole(AriaRole.Status).InnerTextAsync();
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(page, "search results with chips");
        await PageScreenshots.SaveAsync(page, "search-with-chips");

        await page.GetByRole(AriaRole.Button, new() { Name = "Remove Platform: Netflix" }).ClickAsync();

        await Expect(chips.GetByRole(AriaRole.Listitem)).ToHaveTextAsync([new Regex("Genre: Comedy"), new Regex("Type: Series")]);
        await Expect(page.GetByRole(AriaRole.Status)).Not.ToHaveTextAsync(before);
        var anywhere = await CardsAsync(results);
        Assert.Contains(anywhere, card => !card.Platforms.Contains("Netflix"));
        Assert.True(Count(await page.GetByRole(AriaRole.Status).InnerTextAsync()) > Count(before), "Removing a filter should widen the results.");
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(page, "search results after removing a chip");
    }

    [Fact]
    public async Task A_understood_range_can_be_changed_in_place_and_the_results_follow()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/#/search?q=" + Uri.EscapeDataString("films from the 90s"));
        var chips = page.GetByRole(AriaRole.List, new() { Name = "Understood as" });
        await Expect(chips).ToContainTextAsync("Years: 1990–1999");

        var change = page.GetByRole(AriaRole.Button, new() { Name = "Change Years: 1990–1999" });
        await change.ClickAsync();
        await Expect(change).ToHaveAttributeAsync("aria-expanded", "true");
        var form = page.GetByRole(AriaRole.Form, new() { Name = "Change Years" });
        await Expect(form.GetByLabel("From")).ToBeFocusedAsync();
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(page, "a chip being changed");
        await form.GetByLabel("From").FillAsync("2000");
        await form.GetByLabel("To").FillAsync("2009");
        await PageScreenshots.SaveAsync(page, "search-chip-change");
        await form.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();

        await Expect(chips).ToContainTextAsync("Years: 2000–2009");
        await Expect(chips).ToContainTextAsync("Type: Films");
        var results = page.GetByRole(AriaRole.List, new() { Name = "Results" });
        await Expect(results.GetByRole(AriaRole.Listitem).First).ToBeVisibleAsync();
        var years = (await CardsAsync(results)).Select(c => int.Parse(YearOf().Match(c.Meta).Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.All(years, y => Assert.InRange(y, 2000, 2009));
        Assert.All(await CardsAsync(results), c => Assert.StartsWith("Film", c.Meta, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_title_page_shows_where_to_watch_and_similar_titles()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/#/search?q=" + Uri.EscapeDataString("finding nemo"));
        var first = page.GetByRole(AriaRole.List, new() { Name = "Results" }).GetByRole(AriaRole.Link).First;
        var name = await first.InnerTextAsync();
        Assert.Equal("Finding Nemo", name);
        await first.ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        var whereToWatch = page.GetByRole(AriaRole.Region, new() { Name = "Where to watch" });
        await Expect(whereToWatch).ToContainTextAsync("Disney+");
        await Expect(whereToWatch).ToContainTextAsync("Subscription");
        var similar = page.GetByRole(AriaRole.Region, new() { Name = "Similar titles" }).GetByRole(AriaRole.Listitem).Filter(new() { Has = page.Locator("h2") });
        await Expect(similar.First).ToBeVisibleAsync();
        Assert.InRange(await similar.CountAsync(), 1, 8);
        Assert.DoesNotContain(name, await similar.Locator("h2").AllInnerTextsAsync());
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(page, "a title page");
        await PageScreenshots.SaveAsync(page, "title-page");

        // A similar title is one click away, and back returns to this one.
        var next = await similar.Locator("h2 a").First.InnerTextAsync();
        await similar.Locator("h2 a").First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(next);
        await page.GoBackAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
    }

    [Fact]
    public async Task The_feed_lists_a_platforms_arrivals_and_a_title_a_signed_webhook_makes_available_appears_first()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/#/new?platform=hulu");
        var newOnHulu = page.GetByRole(AriaRole.Region, new() { Name = "New on Hulu" });
        await Expect(newOnHulu.GetByRole(AriaRole.Listitem).First).ToContainTextAsync(new Regex(@"added \w{3} \d{1,2}, \d{4}"));
        Assert.True(await newOnHulu.GetByRole(AriaRole.Listitem).CountAsync() >= 5);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Hulu" })).ToHaveAttributeAsync("aria-current", "page");
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(page, "the feed");
        await PageScreenshots.SaveAsync(page, "feed");

        // Netflix drops a title and brings it back, as its signed webhooks say; the page shows it on top of "New on Netflix".
        var title = await host.Host.TitleAsync("Stranger Things");
        var externalId = "netflix:" + title.Availability.Single(a => a.Platform == "netflix").ShowId;
        var now = DateTimeOffset.UtcNow;
        await AcceptedAsync(SignedWebhooks.Request("netflix", "msg_page_leave", SignedWebhooks.Body(externalId, false, now.AddSeconds(-2))));
        await AcceptedAsync(SignedWebhooks.Request("netflix", "msg_page_back", SignedWebhooks.Body(externalId, true, now.AddSeconds(-1))));
        await host.Host.DrainedAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Netflix" }).ClickAsync();
        var newOnNetflix = page.GetByRole(AriaRole.Region, new() { Name = "New on Netflix" });
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await newOnNetflix.GetByRole(AriaRole.Link).First.InnerTextAsync() != "Stranger Things" && DateTime.UtcNow < deadline)
            await page.ReloadAsync();
        await Expect(newOnNetflix.GetByRole(AriaRole.Link).First).ToHaveTextAsync("Stranger Things");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Left Netflix recently" })).ToContainTextAsync("Stranger Things");
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(page, "the feed after a webhook");
    }

    [Fact]
    public async Task With_the_keyboard_alone_at_phone_width_a_misspelt_title_is_suggested_and_opened()
    {
        var page = await host.NewPageAsync(phone: true);
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New and leaving" })).ToBeVisibleAsync();
        var box = page.GetByRole(AriaRole.Combobox);
        for (var presses = 0; presses < 5 && !await box.EvaluateAsync<bool>("e => e === document.activeElement"); presses++)
            await page.Keyboard.PressAsync("Tab");
        await Expect(box).ToBeFocusedAsync();

        await page.Keyboard.TypeAsync("strnger thin");
        var options = page.GetByRole(AriaRole.Listbox, new() { Name = "Title suggestions" }).GetByRole(AriaRole.Option);
        await Expect(options.First).ToContainTextAsync("Stranger Things");
        await Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(page, "suggestions open at phone width");
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(options.First).ToHaveAttributeAsync("aria-selected", "true");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Stranger Things");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeFocusedAsync();
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(page, "a title page at phone width");
    }

    [Fact]
    public async Task No_results_and_a_failing_api_are_shown_as_such_with_a_way_on()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/#/search?q=" + Uri.EscapeDataString("scary movies from the 90s on hulu"));
        await Expect(page.GetByText("No titles match")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("No results");
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(page, "no results");

        var failing = true;
        await page.RouteAsync("**/api/v1/search", route => failing
            ? route.FulfillAsync(new() { Status = 503, ContentType = "application/problem+json", Body = "{\"title\":\"Service unavailable\",\"status\":503,\"detail\":\"Try again in a moment.\"}" })
            : route.ContinueAsync());
        await page.GotoAsync("/#/search?q=" + Uri.EscapeDataString("comedy series"));
        var alert = page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("Something went wrong");
        await Expect(alert).ToContainTextAsync("Try again in a moment.");
        await AccessibilityCheck.AssertNoSeriousViolationsAsync(page, "an error");

        failing = false;
        await alert.GetByRole(AriaRole.Button, new() { Name = "Try again" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Results" }).GetByRole(AriaRole.Listitem).First).ToBeVisibleAsync();
    }

    private sealed record Card(string Title, string Meta, IReadOnlyList<string> Platforms);

    private static async Task<List<Card>> CardsAsync(ILocator results)
    {
        var cards = new List<Card>();
        foreach (var card in await results.Locator("li.card").AllAsync())
        {
            cards.Add(new Card(
                await card.Locator("h2").InnerTextAsync(),
                await card.Locator(".meta").InnerTextAsync(),
                await card.Locator(".avail-item:not(.gone) .platform").AllInnerTextsAsync()));
        }
        Assert.NotEmpty(cards);
        return cards;
    }

    private static int Count(string status) => int.Parse(ResultCount().Match(status).Value, System.Globalization.CultureInfo.InvariantCulture);

    private async Task AcceptedAsync(HttpRequestMessage request) =>
        Assert.Equal(HttpStatusCode.Accepted, (await host.Client.SendAsync(request)).StatusCode);

    [GeneratedRegex(@"\d+")]
    private static partial Regex ResultCount();

    [GeneratedRegex(@"\b(19|20)\d{2}\b")]
    private static partial Regex YearOf();
}
