namespace MediaDiscovery.Embedded.Search;

/// <summary>
/// The best k (ordinal, score) pairs of a stream: a min-heap of size k whose root is the worst kept hit, so each
/// offer costs O(log k) at most. Order: higher score first, then lower ordinal (as FTS5's <c>ORDER BY score DESC,
/// rowid</c>).
/// </summary>
internal sealed class TopHits(int k)
{
    private readonly LexicalHit[] heap = new LexicalHit[Math.Max(0, k)];
    private int count;

    public void Offer(int ordinal, double score)
    {
        var hit = new LexicalHit(ordinal, score);
        if (count < heap.Length)
        {
            heap[count] = hit;
            SiftUp(count++);
        }
        else if (heap.Length > 0 && Better(hit, heap[0]))
        {
            heap[0] = hit;
            SiftDown(0);
        }
    }

    public List<LexicalHit> BestFirst()
    {
        var hits = new List<LexicalHit>(count);
        for (var i = 0; i < count; i++)
            hits.Add(heap[i]);
        hits.Sort((a, b) => Better(a, b) ? -1 : Better(b, a) ? 1 : 0);
        return hits;
    }

    private static bool Better(LexicalHit a, LexicalHit b) => a.Score > b.Score || (a.Score == b.Score && a.Ordinal < b.Ordinal);

    private void SiftUp(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Better(heap[parent], heap[i]))
                return;
            (heap[parent], heap[i]) = (heap[i], heap[parent]);
            i = parent;
        }
    }

    private void SiftDown(int i)
    {
        while (true)
        {
            var worst = i;
            var left = 2 * i + 1;
            var right = left + 1;
            if (left < count && Better(heap[worst], heap[left]))
                worst = left;
            if (right < count && Better(heap[worst], heap[right]))
                worst = right;
            if (worst == i)
                return;
            (heap[worst], heap[i]) = (heap[i], heap[worst]);
            i = worst;
        }
    }
}
