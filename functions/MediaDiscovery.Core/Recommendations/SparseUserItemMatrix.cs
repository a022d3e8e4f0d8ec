namespace MediaDiscovery.Core.Recommendations;

/// <summary>
/// Users × items in compressed sparse rows, with dense indices for both. Models are trained on it and score
/// in its item index space. Duplicate (user, item) pairs keep the largest weight.
/// </summary>
public sealed class SparseUserItemMatrix
{
    private readonly int[] _rowStart;
    private readonly int[] _columns;
    private readonly float[] _values;
    private readonly Dictionary<int, int> _userIndex;
    private readonly Dictionary<int, int> _itemIndex;

    private SparseUserItemMatrix(int[] userIds, int[] itemIds, int[] rowStart, int[] columns, float[] values)
    {
        UserIds = userIds;
        ItemIds = itemIds;
        _rowStart = rowStart;
        _columns = columns;
        _values = values;
        _userIndex = Index(userIds);
        _itemIndex = Index(itemIds);
    }

    /// <summary>External user ids by row index, ascending.</summary>
    public IReadOnlyList<int> UserIds { get; }

    /// <summary>External item ids by column index, ascending.</summary>
    public IReadOnlyList<int> ItemIds { get; }

    public int UserCount => UserIds.Count;

    public int ItemCount => ItemIds.Count;

    public int NonZeroCount => _columns.Length;

    public static SparseUserItemMatrix Build(IEnumerable<Interaction> interactions)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        var byPair = new Dictionary<(int User, int Item), float>();
        foreach (var interaction in interactions)
        {
            var key = (interaction.UserId, interaction.ItemId);
            byPair[key] = byPair.TryGetValue(key, out var existing) ? Math.Max(existing, interaction.Weight) : interaction.Weight;
        }

        var userIds = byPair.Keys.Select(k => k.User).Distinct().Order().ToArray();
        var itemIds = byPair.Keys.Select(k => k.Item).Distinct().Order().ToArray();
        var userIndex = Index(userIds);
        var itemIndex = Index(itemIds);

        var entries = byPair
            .Select(p => (Row: userIndex[p.Key.User], Column: itemIndex[p.Key.Item], p.Value))
            .OrderBy(e => e.Row).ThenBy(e => e.Column)
            .ToArray();
        var rowStart = new int[userIds.Length + 1];
        foreach (var entry in entries)
            rowStart[entry.Row + 1]++;
        for (var r = 0; r < userIds.Length; r++)
            rowStart[r + 1] += rowStart[r];

        return new SparseUserItemMatrix(
            userIds, itemIds, rowStart, entries.Select(e => e.Column).ToArray(), entries.Select(e => e.Value).ToArray());
    }

    /// <summary>Column indices of a user's items, ascending.</summary>
    public ReadOnlySpan<int> ItemsOf(int userIndex) =>
        _columns.AsSpan(_rowStart[userIndex], _rowStart[userIndex + 1] - _rowStart[userIndex]);

    /// <summary>Weights of a user's items, aligned with <see cref="ItemsOf"/>.</summary>
    public ReadOnlySpan<float> WeightsOf(int userIndex) =>
        _values.AsSpan(_rowStart[userIndex], _rowStart[userIndex + 1] - _rowStart[userIndex]);

    public int? UserIndexOf(int userId) => _userIndex.TryGetValue(userId, out var i) ? i : null;

    public int? ItemIndexOf(int itemId) => _itemIndex.TryGetValue(itemId, out var i) ? i : null;

    /// <summary>Per item, the row indices of its users: the transpose's structure, for item-item statistics.</summary>
    public int[][] UsersByItem()
    {
        var counts = new int[ItemCount];
        foreach (var column in _columns)
            counts[column]++;
        var result = counts.Select(c => new int[c]).ToArray();
        Array.Clear(counts);
        for (var u = 0; u < UserCount; u++)
        {
            foreach (var column in ItemsOf(u))
                result[column][counts[column]++] = u;
        }
        return result;
    }

    /// <summary>
    /// Binary co-occurrence counts XᵀX (row-major, items × items): entry (i, j) is the number of users with both.
    /// Cost is the sum over users of their item count squared.
    /// </summary>
    public double[] BinaryGram()
    {
        var n = ItemCount;
        var gram = new double[(long)n * n];
        for (var u = 0; u < UserCount; u++)
        {
            var items = ItemsOf(u);
            foreach (var i in items)
            {
                var row = (long)i * n;
                foreach (var j in items)
                    gram[row + j] += 1;
            }
        }
        return gram;
    }

    private static Dictionary<int, int> Index(int[] ids)
    {
        var index = new Dictionary<int, int>(ids.Length);
        for (var i = 0; i < ids.Length; i++)
            index[ids[i]] = i;
        return index;
    }
}
