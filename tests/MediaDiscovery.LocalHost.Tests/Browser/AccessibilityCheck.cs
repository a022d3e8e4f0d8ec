using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace MediaDiscovery.LocalHost.Tests.Browser;

/// <summary>axe-core on the page as it stands: a serious or critical violation fails the test, listed with its nodes.</summary>
public static class AccessibilityCheck
{
    public static async Task AssertNoSeriousViolationsAsync(IPage page, string state)
    {
        var result = await page.RunAxe();
        Assert.NotEmpty(result.Passes); // axe ran its rules on this page, not on an empty document
        var serious = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}")
            .ToList();
        Assert.True(serious.Count == 0, $"axe found on {state}:\n" + string.Join('\n', serious));
    }
}
