namespace MediaDiscovery.Core.Recommendations;

/// <summary>Version strings of trained models: what was trained, on how much, and when (UTC).</summary>
internal static class ModelVersion
{
    public static string Of(string strategy, string parameters, SparseUserItemMatrix data, DateTimeOffset trainedAt) =>
        FormattableString.Invariant(
            $"{strategy}/{parameters}/u{data.UserCount}-i{data.ItemCount}-nz{data.NonZeroCount}/{trainedAt.UtcDateTime:yyyyMMddTHHmmssZ}");
}
