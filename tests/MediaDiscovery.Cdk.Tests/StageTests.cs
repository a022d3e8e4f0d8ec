using System.Text.RegularExpressions;
using Amazon.CDK;

namespace MediaDiscovery.Cdk.Tests;

[Collection(StacksCollection.Name)]
public sealed partial class StageTests(Stacks stacks)
{
    [Fact]
    public void Outputs_give_the_API_URL_and_every_table_name()
    {
        var outputs = stacks.Dev.Json["Outputs"]!.AsObject();
        foreach (var name in new[] { "ApiUrl", "TitlesTableName", "AvailabilityTableName", "CatalogMetadataTableName", "UsersTableName", "AvailabilityChangesTableName" })
            Assert.True(outputs.ContainsKey(name), name);
        Assert.Contains(stacks.Dev.LogicalId(stacks.Dev.Stack.Tables.Users), outputs["UsersTableName"]!["Value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("execute-api", outputs["ApiUrl"]!["Value"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_template_names_no_account_or_region_of_its_own()
    {
        foreach (var stack in stacks.Both)
        {
            // Resources and outputs: CDK's own Mappings table of regions is not a choice of region.
            var text = stack.Json["Resources"]!.ToJsonString() + stack.Json["Outputs"]!.ToJsonString();
            // The only account number is the Lambda Web Adapter layer's publisher.
            Assert.All(AccountNumber().Matches(text), m => Assert.Equal("753240598075", m.Value));
            Assert.DoesNotMatch(RegionName(), text);
        }
    }

    [Fact]
    public void Stage_names_the_stack_and_sizes_its_resources()
    {
        Assert.Equal("MediaDiscovery-dev", stacks.Dev.Stack.StackName);
        Assert.Equal("MediaDiscovery-prod", stacks.Prod.Stack.StackName);
        Assert.Single(stacks.Dev.OfType("AWS::EC2::NatGateway"));
        Assert.Equal(2, stacks.Prod.OfType("AWS::EC2::NatGateway").Count);
        Assert.Equal(90, (int)stacks.Prod.Properties(stacks.Prod.LogicalId(stacks.Prod.Stack.Api.AccessLogs))["RetentionInDays"]!);
    }

    [Fact]
    public void A_missing_published_function_fails_synth_with_the_publish_command()
    {
        var assets = SynthesizedStack.CreateAssetDirectories();
        Directory.Delete(Path.Combine(assets, "Webhooks"));
        var app = new App(new AppProps { Context = new Dictionary<string, object> { ["stage"] = "dev", ["assetDirectory"] = assets } });
        var settings = DeploymentSettings.FromContext(app);
        var error = Assert.Throws<DirectoryNotFoundException>(() => new MediaDiscoveryStack(app, "Missing", settings));
        Assert.Contains("dotnet publish functions/MediaDiscovery.Functions.Webhooks -c Release -r linux-arm64", error.Message, StringComparison.Ordinal);
        Directory.Delete(assets, recursive: true);
    }

    [Theory]
    [InlineData("stage", "staging")]
    [InlineData("architecture", "mips")]
    [InlineData("jwtIssuer", "http://insecure.example")]
    [InlineData("catalogSyncSchedule", "every hour")]
    [InlineData("catalogFeeds", "myspace=https://feeds.example/x.csv")]
    [InlineData("embeddingModel", "word2vec")]
    public void Bad_context_is_refused_before_anything_is_built(string key, string value)
    {
        var context = new Dictionary<string, object> { ["stage"] = "dev", [key] = value };
        var app = new App(new AppProps { Context = context });
        var error = Assert.Throws<ArgumentException>(() => DeploymentSettings.FromContext(app));
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?<![0-9])[0-9]{12}(?![0-9])")]
    private static partial Regex AccountNumber();

    [GeneratedRegex(@"\b(us|eu|ap|sa|ca|me|af|il)-(east|west|north|south|central|northeast|southeast|northwest|southwest)-[0-9]\b")]
    private static partial Regex RegionName();
}
