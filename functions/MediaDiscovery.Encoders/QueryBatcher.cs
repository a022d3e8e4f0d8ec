using System.Collections.Concurrent;

namespace MediaDiscovery.Encoders;

/// <summary>
/// Dynamic batching of concurrent queries, as model servers do: requests wait in a queue, and each of a few
/// dedicated threads takes what has queued (up to a batch) and encodes it in one model run. An idle encoder
/// starts a lone query at once, so latency is unchanged when quiet; under load one run over several short
/// queries costs far less than running them one by one.
/// </summary>
internal sealed class QueryBatcher : IDisposable
{
    private readonly BlockingCollection<Pending> queue = new();
    private readonly Func<IReadOnlyList<string>, float[][]> encode;
    private readonly int maxBatch;
    private readonly Thread[] threads;

    public QueryBatcher(Func<IReadOnlyList<string>, float[][]> encode, int maxBatch, int threadCount)
    {
        this.encode = encode;
        this.maxBatch = maxBatch;
        threads = new Thread[threadCount];
        for (var i = 0; i < threads.Length; i++)
        {
            threads[i] = new Thread(Drain) { IsBackground = true, Name = $"query-encoder-{i}" };
            threads[i].Start();
        }
    }

    public Task<float[]> EncodeAsync(string text, CancellationToken ct)
    {
        var pending = new Pending(text, ct);
        queue.Add(pending, ct);
        return pending.Result.Task;
    }

    private void Drain()
    {
        var batch = new List<Pending>(maxBatch);
        foreach (var first in queue.GetConsumingEnumerable())
        {
            batch.Add(first);
            while (batch.Count < maxBatch && queue.TryTake(out var next))
                batch.Add(next);
            Run(batch);
            batch.Clear();
        }
    }

    private void Run(List<Pending> batch)
    {
        batch.RemoveAll(p => p.Cancellation.IsCancellationRequested && p.Result.TrySetCanceled(p.Cancellation));
        if (batch.Count == 0)
            return;
        try
        {
            var vectors = encode(batch.ConvertAll(p => p.Text));
            for (var i = 0; i < batch.Count; i++)
                batch[i].Result.TrySetResult(vectors[i]);
        }
        catch (Exception e)
        {
            foreach (var pending in batch)
                pending.Result.TrySetException(e);
        }
    }

    public void Dispose()
    {
        queue.CompleteAdding();
        foreach (var thread in threads)
            thread.Join();
        queue.Dispose();
    }

    private sealed record Pending(string Text, CancellationToken Cancellation)
    {
        public TaskCompletionSource<float[]> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
