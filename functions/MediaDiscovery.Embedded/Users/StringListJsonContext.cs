using System.Text.Json.Serialization;

namespace MediaDiscovery.Embedded.Users;

/// <summary>The preference lists as JSON arrays in their columns (source-generated, no reflection).</summary>
[JsonSerializable(typeof(string[]))]
internal sealed partial class StringListJsonContext : JsonSerializerContext;
