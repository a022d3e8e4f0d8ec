namespace MediaDiscovery.Core.Ports;

/// <summary>
/// The revocation list of access tokens by their <c>jti</c> (in memory locally, the shared cache in AWS). An
/// entry only needs to live until the token would have expired anyway.
/// </summary>
public interface IRevokedTokens
{
    ValueTask<bool> IsRevokedAsync(string tokenId, CancellationToken ct = default);

    ValueTask RevokeAsync(string tokenId, DateTimeOffset expiresAt, CancellationToken ct = default);
}
