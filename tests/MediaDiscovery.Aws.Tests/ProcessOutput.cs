using System.Text;

namespace MediaDiscovery.Aws.Tests;

/// <summary>What a child server printed (stdout and stderr), kept to explain a failed start.</summary>
public sealed class ProcessOutput
{
    private readonly StringBuilder lines = new();

    public void Record(string? line)
    {
        if (line is null)
            return;
        lock (lines)
            lines.AppendLine(line);
    }

    public override string ToString()
    {
        lock (lines)
            return lines.ToString();
    }
}
