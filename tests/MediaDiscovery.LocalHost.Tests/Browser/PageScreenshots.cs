using Microsoft.Playwright;

namespace MediaDiscovery.LocalHost.Tests.Browser;

/// <summary>
/// Screenshots of the states the journeys reach. They go to a temp folder unless <c>MD_SCREENSHOTS</c> names another
/// (relative to the repository root): <c>MD_SCREENSHOTS=docs/screenshots</c> refreshes the ones the README shows.
/// </summary>
public static class PageScreenshots
{
    public static async Task<string> SaveAsync(IPage page, string name)
    {
        var path = Path.Combine(Directory(), name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = false });
        Assert.True(new FileInfo(path).Length > 1_000, $"The screenshot {path} is empty.");
        return path;
    }

    private static string Directory()
    {
        var configured = Environment.GetEnvironmentVariable("MD_SCREENSHOTS");
        var directory = string.IsNullOrEmpty(configured)
            ? Path.Combine(Path.GetTempPath(), "md-screenshots")
            : Path.IsPathRooted(configured) ? configured : Path.Combine(RepositoryRoot.Find(), configured);
        System.IO.Directory.CreateDirectory(directory);
        return directory;
    }
}
