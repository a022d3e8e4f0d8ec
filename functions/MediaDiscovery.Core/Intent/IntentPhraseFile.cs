using MediaDiscovery.Core.Catalog.Ingestion;

namespace MediaDiscovery.Core.Intent;

/// <summary>
/// The hand-written surface forms (<c>intent-phrases.csv</c>, embedded): <c>kind,phrase,value</c> where value is
/// <c>;</c>-separated. Trusted configuration: a malformed file throws.
/// </summary>
public static class IntentPhraseFile
{
    private const string ResourceName = "MediaDiscovery.Intent.intent-phrases.csv";

    private static readonly Lazy<IReadOnlyList<(string Phrase, PhraseMeaning Meaning)>> LazyDefault = new(() => Parse(ReadResource()));

    public static IReadOnlyList<(string Phrase, PhraseMeaning Meaning)> Default => LazyDefault.Value;

    public static IReadOnlyList<(string Phrase, PhraseMeaning Meaning)> Parse(string csv)
    {
        var reader = new CsvRecordReader(new StringReader(csv), maxFieldChars: 512, maxColumns: 8);
        var fields = new List<string>();
        if (reader.Read(fields) != CsvReadStatus.Record || fields is not ["kind", "phrase", "value", ..])
            throw new InvalidDataException("intent-phrases.csv: header must be kind,phrase,value");
        var rows = new List<(string, PhraseMeaning)>();
        CsvReadStatus status;
        while ((status = reader.Read(fields)) == CsvReadStatus.Record)
        {
            if (fields.Count < 2 || !Enum.TryParse<PhraseKind>(fields[0], ignoreCase: true, out var kind))
                throw new InvalidDataException($"intent-phrases.csv line {reader.RecordLine}: unknown kind");
            var values = fields.Count > 2
                ? fields[2].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [];
            rows.Add((fields[1], new PhraseMeaning(kind, values)));
        }
        return status == CsvReadStatus.Error ? throw new InvalidDataException($"intent-phrases.csv: {reader.Error}") : rows;
    }

    private static string ReadResource()
    {
        using var stream = typeof(IntentPhraseFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream, CsvRecordReader.StrictUtf8);
        return reader.ReadToEnd();
    }
}
