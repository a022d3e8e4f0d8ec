using System.Collections.Frozen;
using System.Globalization;

namespace MediaDiscovery.Core.Catalog.Ingestion;

/// <summary>Parses the three taxonomy CSV files (small, trusted configuration: malformed input throws).</summary>
internal static class TaxonomyFiles
{
    public static FrozenDictionary<string, IReadOnlyList<string>> ParseGenres(string csv)
    {
        var map = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in Rows(csv, "genres.csv", ["raw_label", "canonical_genres"]))
        {
            var ids = row[1].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            map[row[0].Trim()] = ids;
        }
        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public static FrozenDictionary<string, int?> ParseMaturity(string csv)
    {
        var map = new Dictionary<string, int?>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in Rows(csv, "maturity.csv", ["raw_rating", "min_age"]))
        {
            var age = row[1].Trim();
            map[row[0].Trim()] = age.Length == 0
                ? null
                : int.TryParse(age, NumberStyles.None, CultureInfo.InvariantCulture, out var years)
                    ? years
                    : throw new InvalidDataException($"maturity.csv: min_age '{age}' is not a number");
        }
        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public static IReadOnlyList<CatalogPlatform> ParsePlatforms(string csv) =>
        Rows(csv, "platforms.csv", ["platform_id", "display_name", "source_file", "source_ott_value"])
            .Select(row => new CatalogPlatform(row[0].Trim(), row[1].Trim(), row[2].Trim(), row[3].Trim()))
            .ToList();

    /// <summary>Data rows whose header starts with the expected columns; each row has at least that many fields.</summary>
    private static List<string[]> Rows(string csv, string file, string[] expectedColumns)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var reader = new CsvRecordReader(new StringReader(csv), maxFieldChars: 4096, maxColumns: 16);
        var fields = new List<string>();
        if (reader.Read(fields) != CsvReadStatus.Record || !StartsWith(fields, expectedColumns))
            throw new InvalidDataException($"{file}: header must start with {string.Join(',', expectedColumns)}");
        var rows = new List<string[]>();
        CsvReadStatus status;
        while ((status = reader.Read(fields)) == CsvReadStatus.Record)
        {
            while (fields.Count < expectedColumns.Length)
                fields.Add("");
            rows.Add([.. fields]);
        }
        return status == CsvReadStatus.Error ? throw new InvalidDataException($"{file}: {reader.Error}") : rows;
    }

    private static bool StartsWith(List<string> header, string[] expected)
    {
        if (header.Count < expected.Length)
            return false;
        for (var i = 0; i < expected.Length; i++)
        {
            if (!string.Equals(header[i].Trim(), expected[i], StringComparison.Ordinal))
                return false;
        }
        return true;
    }
}
