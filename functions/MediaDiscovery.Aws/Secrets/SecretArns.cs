namespace MediaDiscovery.Aws.Secrets;

/// <summary>Secrets Manager ARNs: <c>arn:{partition}:secretsmanager:{region}:{account}:secret:{name}</c>.</summary>
public static class SecretArns
{
    public static string Region(string arn)
    {
        var parts = arn.Split(':');
        if (parts.Length < 7 || parts[0] != "arn" || parts[2] != "secretsmanager" || parts[3].Length == 0)
            throw new SecretsManagerException($"'{arn}' is not a Secrets Manager secret ARN.");
        return parts[3];
    }
}
