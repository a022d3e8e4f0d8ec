using System.Text.Json;
using System.Text.Json.Nodes;

namespace MediaDiscovery.Aws.Tests.Http;

/// <summary>Compares JSON as parsed values (property order and whitespace do not matter; array order does).</summary>
internal static class JsonAssert
{
    public static void Equal(string expected, string actual)
    {
        var expectedNode = JsonNode.Parse(expected);
        var actualNode = JsonNode.Parse(actual);
        if (!JsonNode.DeepEquals(expectedNode, actualNode))
        {
            var options = new JsonSerializerOptions { WriteIndented = true };
            Assert.Fail($"JSON differs.\nExpected:\n{expectedNode?.ToJsonString(options)}\nActual:\n{actualNode?.ToJsonString(options)}");
        }
    }
}
