using System.Text.Json;
using MediaDiscovery.Hosting.Observability;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace MediaDiscovery.Hosting.Tests.Observability;

/// <summary>No PII or secret survives the JSON log formatter: messages, state, scopes and exceptions are masked.</summary>
public sealed class LogRedactionTests
{
    private const string Jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJlLWJ5dGVz";

    [Theory]
    [InlineData("mail alice.smith+tv@example.co.uk now", "mail ***@example.co.uk now")]
    [InlineData("Authorization: Bearer abc.def-ghi_jkl", "Authorization: Bearer ***")]
    [InlineData("header was Bearer abcdef123", "header was Bearer ***")]
    [InlineData("token " + Jwt + " refused", "token *** refused")]
    [InlineData("password=hunter2&user=bob", "password=***&user=bob")]
    [InlineData("{\"clientSecret\": \"s3cr3t\", \"n\": 1}", "{\"clientSecret\": \"***\", \"n\": 1}")]
    [InlineData("api_key=AbC123 ok", "api_key=*** ok")]
    [InlineData("signing with whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "signing with whsec_***")]
    [InlineData("key AKIAIOSFODNN7EXAMPLE used", "key *** used")]
    [InlineData("search for 'stranger things' took 12 ms", "search for 'stranger things' took 12 ms")]
    public void Secrets_and_addresses_are_masked(string text, string expected) => Assert.Equal(expected, LogRedactor.Redact(text));

    [Fact]
    public void The_formatter_masks_message_state_scopes_and_exception()
    {
        var formatter = new RedactingJsonConsoleFormatter(new StaticOptions(new JsonConsoleFormatterOptions { IncludeScopes = true }));
        var scopes = new LoggerExternalScopeProvider();
        using var scope = scopes.Push(new Dictionary<string, object> { ["correlationId"] = "c1", ["user"] = "bob@example.com" });
        var state = new List<KeyValuePair<string, object?>>
        {
            new("Email", "alice@example.com"),
            new("{OriginalFormat}", "Signed in {Email}"),
        };
        using var output = new StringWriter();
        formatter.Write(
            new LogEntry<IReadOnlyList<KeyValuePair<string, object?>>>(LogLevel.Warning, "Users", new EventId(7), state,
                new InvalidOperationException("bad token " + Jwt), (_, _) => "Signed in alice@example.com with Bearer " + Jwt),
            scopes, output);

        var line = output.ToString();
        Assert.DoesNotContain("alice@", line, StringComparison.Ordinal);
        Assert.DoesNotContain("bob@", line, StringComparison.Ordinal);
        Assert.DoesNotContain(Jwt, line, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(line);
        Assert.Equal("Signed in ***@example.com with Bearer ***", json.RootElement.GetProperty("Message").GetString());
        Assert.Equal("***@example.com", json.RootElement.GetProperty("State").GetProperty("Email").GetString());
        Assert.Equal("c1", json.RootElement.GetProperty("Scopes")[0].GetProperty("correlationId").GetString());
        Assert.Equal("Warning", json.RootElement.GetProperty("LogLevel").GetString());
    }

    [Fact]
    public void Metric_records_are_written_verbatim()
    {
        var formatter = new RedactingJsonConsoleFormatter(new StaticOptions(new JsonConsoleFormatterOptions()));
        using var output = new StringWriter();
        formatter.Write(new LogEntry<string>(LogLevel.Information, MetricsLog.Category, default, "{\"_aws\":{}}", null, (s, _) => s), null, output);
        Assert.Equal("{\"_aws\":{}}", output.ToString().TrimEnd());
    }

    private sealed class StaticOptions(JsonConsoleFormatterOptions value) : IOptionsMonitor<JsonConsoleFormatterOptions>
    {
        public JsonConsoleFormatterOptions CurrentValue => value;

        public JsonConsoleFormatterOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<JsonConsoleFormatterOptions, string?> listener) => null;
    }
}
