using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace MediaDiscovery.Hosting.Security;

/// <summary>Signs RS256 access tokens: the development issuer's and the tests' (which also forge bad ones).</summary>
public static class AccessTokenWriter
{
    public static string Write(RSA key, string kid, IReadOnlyDictionary<string, object?> claims, string algorithm = "RS256")
    {
        var header = Encode(Json(w =>
        {
            w.WriteString("alg", algorithm);
            w.WriteString("typ", "JWT");
            w.WriteString("kid", kid);
        }));
        var payload = Encode(Json(w =>
        {
            foreach (var (name, value) in claims)
                WriteClaim(w, name, value);
        }));
        var signingInput = header + "." + payload;
        var signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    private static void WriteClaim(Utf8JsonWriter w, string name, object? value)
    {
        switch (value)
        {
            case null:
                w.WriteNull(name);
                break;
            case string s:
                w.WriteString(name, s);
                break;
            case long n:
                w.WriteNumber(name, n);
                break;
            case IEnumerable<string> list:
                w.WriteStartArray(name);
                foreach (var item in list)
                    w.WriteStringValue(item);
                w.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"Claim '{name}' has an unsupported type.", nameof(value));
        }
    }

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static string Encode(byte[] bytes) => Base64Url.EncodeToString(bytes);
}
