using MediaDiscovery.Encoders;

namespace MediaDiscovery.Encoders.Tests;

/// <summary>One loaded model for the whole test class (loading takes about a second).</summary>
public sealed class SharedEncoder : IDisposable
{
    public OnnxSentenceEncoder Encoder { get; } = OnnxSentenceEncoder.ArcticEmbedXs();

    public void Dispose() => Encoder.Dispose();
}
