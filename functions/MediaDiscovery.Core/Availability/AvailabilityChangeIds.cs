using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MediaDiscovery.Core.Availability;

/// <summary>
/// Change ids derived from the observation that caused the change, so recording the same observation again (a
/// redelivered webhook, a retried sweep batch) yields the same id and the change log stores it once.
/// </summary>
public static class AvailabilityChangeIds
{
    public static string For(AvailabilityObservation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        // Everything that identifies the observation: with a source id it is unique already; without one the time
        // and the state tell observations apart.
        var key = string.Join('|',
            observation.Source.ToString(),
            observation.SourceId ?? "-",
            observation.TitleId,
            observation.Platform,
            observation.ObservedAt.UtcTicks.ToString(CultureInfo.InvariantCulture),
            observation.Available ? "1" : "0",
            observation.PriceType ?? "-");
        return "ch_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16));
    }
}
