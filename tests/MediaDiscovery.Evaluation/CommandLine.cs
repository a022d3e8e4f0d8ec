namespace MediaDiscovery.Evaluation;

/// <summary><c>--name value</c> pairs.</summary>
public sealed class CommandLine(string[] args)
{
    public string? Get(string name)
    {
        var i = Array.IndexOf(args, "--" + name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    public string Require(string name) =>
        Get(name) ?? throw new ArgumentException($"--{name} is required");
}
