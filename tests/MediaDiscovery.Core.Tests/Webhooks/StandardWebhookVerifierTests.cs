using System.Text;
using MediaDiscovery.Core.Webhooks;
using MediaDiscovery.Testing;

namespace MediaDiscovery.Core.Tests.Webhooks;

public sealed class StandardWebhookVerifierTests
{
    // The Standard Webhooks test vector, from the reference C# library's test `verifyWebhookSignWorks`:
    // github.com/standard-webhooks/standard-webhooks, libraries/csharp/StandardWebhooks.Tests/WebhookTest.cs
    // (commit 1e88c9ce08bb2c605fea9a2a540b4a91d31c7a62). The other reference libraries use the same values.
    private const string VectorSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string VectorId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private const long VectorTimestamp = 1614265330;
    private const string VectorBody = """{"test": 2432232314}""";
    private const string VectorSignature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    // A second 32-byte secret, as during a rotation.
    private const string RotatedSecret = "whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    private static readonly DateTimeOffset VectorTime = DateTimeOffset.FromUnixTimeSeconds(VectorTimestamp);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(VectorBody);

    private static StandardWebhookVerifier Verifier(DateTimeOffset now, params string[] secrets) =>
        new(secrets, new FixedClock(now));

    private static WebhookVerificationResult VerifyVector(
        string? id = VectorId, string? timestamp = "1614265330", string? signature = VectorSignature, string body = VectorBody) =>
        Verifier(VectorTime, VectorSecret).Verify(id, timestamp, signature, Encoding.UTF8.GetBytes(body));

    [Fact]
    public void Signer_reproduces_the_specification_test_vector()
    {
        Assert.Equal(VectorSignature, StandardWebhookSigner.Sign(VectorId, VectorTimestamp, Body, VectorSecret));
    }

    [Fact]
    public void Specification_test_vector_is_valid()
    {
        Assert.Equal(WebhookVerificationStatus.Valid, VerifyVector().Status);
    }

    [Theory]
    [InlineData("""{"test": 2432232315}""")]
    [InlineData("""{"test":2432232314}""")] // re-serialised JSON is a different body
    [InlineData("""{"test": 2432232314} """)]
    [InlineData("")]
    public void Tampered_body_has_no_matching_signature(string body)
    {
        Assert.Equal(WebhookVerificationStatus.NoMatchingSignature, VerifyVector(body: body).Status);
    }

    [Fact]
    public void Changed_id_or_timestamp_has_no_matching_signature()
    {
        Assert.Equal(WebhookVerificationStatus.NoMatchingSignature, VerifyVector(id: "msg_other").Status);
        Assert.Equal(WebhookVerificationStatus.NoMatchingSignature, VerifyVector(timestamp: "1614265331").Status);
        // Same number, different text: the producer signed the text.
        Assert.Equal(WebhookVerificationStatus.NoMatchingSignature, VerifyVector(timestamp: "01614265330").Status);
    }

    [Fact]
    public void Wrong_secret_has_no_matching_signature()
    {
        var result = Verifier(VectorTime, RotatedSecret).Verify(VectorId, "1614265330", VectorSignature, Body);

        Assert.Equal(WebhookVerificationStatus.NoMatchingSignature, result.Status);
        Assert.Equal(StandardWebhookHeaders.Signature, result.Header);
    }

    [Theory]
    [InlineData(-300, WebhookVerificationStatus.Valid)]
    [InlineData(300, WebhookVerificationStatus.Valid)]
    [InlineData(-301, WebhookVerificationStatus.TimestampOutOfTolerance)]
    [InlineData(301, WebhookVerificationStatus.TimestampOutOfTolerance)]
    [InlineData(-86_400, WebhookVerificationStatus.TimestampOutOfTolerance)]
    [InlineData(86_400, WebhookVerificationStatus.TimestampOutOfTolerance)]
    public void Timestamp_must_be_within_five_minutes_either_way(int senderAheadBySeconds, WebhookVerificationStatus expected)
    {
        // The request is signed at VectorTime; the receiver's clock is shifted.
        var now = VectorTime.AddSeconds(-senderAheadBySeconds);

        Assert.Equal(expected, Verifier(now, VectorSecret).Verify(VectorId, "1614265330", VectorSignature, Body).Status);
    }

    [Fact]
    public void Timestamp_is_checked_before_signatures_so_a_replay_with_a_valid_signature_fails()
    {
        var result = Verifier(VectorTime.AddHours(1), VectorSecret).Verify(VectorId, "1614265330", VectorSignature, Body);

        Assert.Equal(WebhookVerificationStatus.TimestampOutOfTolerance, result.Status);
        Assert.Equal(StandardWebhookHeaders.Timestamp, result.Header);
    }

    [Fact]
    public void Timestamp_at_the_end_of_the_long_range_is_out_of_tolerance_without_overflow()
    {
        Assert.Equal(WebhookVerificationStatus.TimestampOutOfTolerance, VerifyVector(timestamp: long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture)).Status);
        Assert.Equal(WebhookVerificationStatus.TimestampOutOfTolerance, VerifyVector(timestamp: "0").Status);
    }

    [Theory]
    [InlineData(null, "1614265330", VectorSignature, StandardWebhookHeaders.Id)]
    [InlineData("", "1614265330", VectorSignature, StandardWebhookHeaders.Id)]
    [InlineData(VectorId, null, VectorSignature, StandardWebhookHeaders.Timestamp)]
    [InlineData(VectorId, "", VectorSignature, StandardWebhookHeaders.Timestamp)]
    [InlineData(VectorId, "1614265330", null, StandardWebhookHeaders.Signature)]
    [InlineData(VectorId, "1614265330", "", StandardWebhookHeaders.Signature)]
    public void Missing_header_is_reported_by_name(string? id, string? timestamp, string? signature, string header)
    {
        var result = VerifyVector(id, timestamp, signature);

        Assert.Equal(WebhookVerificationStatus.MissingHeader, result.Status);
        Assert.Equal(header, result.Header);
        Assert.False(result.IsValid);
    }

    [Theory]
    [InlineData("msg.1", "1614265330", VectorSignature, StandardWebhookHeaders.Id)]
    [InlineData("msg 1", "1614265330", VectorSignature, StandardWebhookHeaders.Id)]
    [InlineData("msg\n1", "1614265330", VectorSignature, StandardWebhookHeaders.Id)]
    [InlineData("msg_é", "1614265330", VectorSignature, StandardWebhookHeaders.Id)]
    [InlineData(VectorId, "-1614265330", VectorSignature, StandardWebhookHeaders.Timestamp)]
    [InlineData(VectorId, "+1614265330", VectorSignature, StandardWebhookHeaders.Timestamp)]
    [InlineData(VectorId, "1614265330.5", VectorSignature, StandardWebhookHeaders.Timestamp)]
    [InlineData(VectorId, " 1614265330", VectorSignature, StandardWebhookHeaders.Timestamp)]
    [InlineData(VectorId, "2021-02-25T15:02:10Z", VectorSignature, StandardWebhookHeaders.Timestamp)]
    [InlineData(VectorId, "99999999999999999999", VectorSignature, StandardWebhookHeaders.Timestamp)]
    [InlineData(VectorId, "1614265330", "g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", StandardWebhookHeaders.Signature)]
    [InlineData(VectorId, "1614265330", "v1,", StandardWebhookHeaders.Signature)]
    [InlineData(VectorId, "1614265330", ",abc", StandardWebhookHeaders.Signature)]
    [InlineData(VectorId, "1614265330", "   ", StandardWebhookHeaders.Signature)]
    [InlineData(VectorId, "1614265330", VectorSignature + " garbage", StandardWebhookHeaders.Signature)]
    public void Malformed_header_is_reported_by_name(string id, string timestamp, string signature, string header)
    {
        var result = VerifyVector(id, timestamp, signature);

        Assert.Equal(WebhookVerificationStatus.MalformedHeader, result.Status);
        Assert.Equal(header, result.Header);
    }

    [Fact]
    public void Huge_header_values_are_malformed_without_being_parsed()
    {
        var hugeId = new string('a', 1_000_000);
        var hugeTimestamp = new string('1', 1_000_000);
        var hugeSignature = string.Join(' ', Enumerable.Repeat(VectorSignature, 100_000));

        Assert.Equal(WebhookVerificationStatus.MalformedHeader, VerifyVector(id: hugeId).Status);
        Assert.Equal(WebhookVerificationStatus.MalformedHeader, VerifyVector(timestamp: hugeTimestamp).Status);
        Assert.Equal(WebhookVerificationStatus.MalformedHeader, VerifyVector(signature: hugeSignature).Status);
    }

    [Fact]
    public void Header_values_at_the_size_bounds_are_accepted()
    {
        var longestId = new string('m', StandardWebhookHeaders.MaxIdLength);
        var signature = StandardWebhookSigner.Sign(longestId, VectorTimestamp, Body, VectorSecret);
        var padded = signature + " " + string.Join(' ', Enumerable.Repeat("v1a,x", (StandardWebhookHeaders.MaxSignatureLength - signature.Length - 1) / 6));

        Assert.True(padded.Length <= StandardWebhookHeaders.MaxSignatureLength);
        Assert.True(Verifier(VectorTime, VectorSecret).Verify(longestId, "1614265330", padded, Body).IsValid);
    }

    [Theory]
    [InlineData("v1,!!!!not-base64!!!!")]
    [InlineData("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLawdd")] // the reference library's invalid-signature case
    [InlineData("v1,AAAA")] // valid base64, wrong length
    [InlineData("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=AAAA")]
    public void Invalid_base64_or_wrong_length_signature_does_not_match(string signature)
    {
        Assert.Equal(WebhookVerificationStatus.NoMatchingSignature, VerifyVector(signature: signature).Status);
    }

    [Fact]
    public void Invalid_base64_entry_does_not_hide_a_valid_one()
    {
        Assert.True(VerifyVector(signature: "v1,!!!! " + VectorSignature).IsValid);
    }

    [Theory]
    [InlineData("v1a,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")]
    [InlineData("v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")]
    [InlineData("V1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")]
    public void Signature_of_another_version_is_ignored_even_with_the_right_bytes(string signature)
    {
        Assert.Equal(WebhookVerificationStatus.NoMatchingSignature, VerifyVector(signature: signature).Status);
    }

    [Fact]
    public void Any_matching_entry_among_several_is_enough()
    {
        // The reference library's multi-signature case: other versions and non-matching v1 entries around the valid one.
        var header = string.Join(' ',
            "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=",
            "v2,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=",
            VectorSignature,
            "v1a,hnO3f9T8Ytu9HwrXslvumlUpqtNVqkhqw/enGzPCXe5BdqzCInXqYXFymVJaA7AZdpXwVLPo3mNl8EM+m7TBAg==");

        Assert.True(VerifyVector(signature: header).IsValid);
    }

    [Fact]
    public void Rotation_accepts_a_request_signed_with_either_configured_secret()
    {
        var verifier = Verifier(VectorTime, VectorSecret, RotatedSecret);
        var signedWithNew = StandardWebhookSigner.Sign(VectorId, VectorTimestamp, Body, RotatedSecret);

        Assert.True(verifier.Verify(VectorId, "1614265330", VectorSignature, Body).IsValid);
        Assert.True(verifier.Verify(VectorId, "1614265330", signedWithNew, Body).IsValid);
    }

    [Fact]
    public void Rotation_accepts_a_sender_that_signs_with_old_and_new_secret()
    {
        var header = StandardWebhookSigner.Sign(VectorId, VectorTimestamp, Body, [RotatedSecret, VectorSecret]);

        var entries = header.Split(' ');
        Assert.Equal(2, entries.Length);
        Assert.Equal(VectorSignature, entries[1]);
        // A receiver that only knows the new secret, and one that only knows the old.
        Assert.True(Verifier(VectorTime, RotatedSecret).Verify(VectorId, "1614265330", header, Body).IsValid);
        Assert.True(Verifier(VectorTime, VectorSecret).Verify(VectorId, "1614265330", header, Body).IsValid);
    }

    [Theory]
    [InlineData("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")] // no whsec_ prefix
    [InlineData("whsec_")]
    [InlineData("whsec_!!!not base64!!!")]
    [InlineData("whsec_c2hvcnQ=")] // "short": below the 24 bytes the specification asks for
    [InlineData("WHSEC_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")]
    public void Malformed_secret_fails_every_request_as_invalid_secret(string secret)
    {
        var result = Verifier(VectorTime, VectorSecret, secret).Verify(VectorId, "1614265330", VectorSignature, Body);

        Assert.Equal(WebhookVerificationStatus.InvalidSecret, result.Status);
        Assert.DoesNotContain(secret.Length > 6 ? secret[6..] : "\0", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void No_secret_is_invalid_secret()
    {
        Assert.Equal(WebhookVerificationStatus.InvalidSecret, Verifier(VectorTime).Verify(VectorId, "1614265330", VectorSignature, Body).Status);
    }

    [Fact]
    public void Secret_over_64_bytes_is_refused()
    {
        var tooLong = "whsec_" + Convert.ToBase64String(new byte[65]);

        Assert.False(WebhookSecret.TryParse(tooLong, out _));
        Assert.True(WebhookSecret.TryParse("whsec_" + Convert.ToBase64String(new byte[64]), out var key));
        Assert.Equal(64, key.Length);
    }

    [Fact]
    public void Signer_refuses_what_a_verifier_would_refuse()
    {
        Assert.Throws<ArgumentException>(() => StandardWebhookSigner.Sign("msg.1", VectorTimestamp, Body, VectorSecret));
        Assert.Throws<ArgumentException>(() => StandardWebhookSigner.Sign(VectorId, VectorTimestamp, Body, "whsec_c2hvcnQ="));
        Assert.Throws<ArgumentException>(() => StandardWebhookSigner.Sign(VectorId, VectorTimestamp, Body, Array.Empty<string>()));
    }

    [Fact]
    public void Round_trip_with_a_binary_body()
    {
        var body = new byte[] { 0, 255, 46, 10, 13 };
        var header = StandardWebhookSigner.Sign("evt_1", VectorTimestamp, body, RotatedSecret);

        Assert.True(Verifier(VectorTime, RotatedSecret).Verify("evt_1", "1614265330", header, body).IsValid);
    }
}
