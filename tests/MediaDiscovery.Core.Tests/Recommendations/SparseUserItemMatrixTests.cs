using MediaDiscovery.Core.Recommendations;

namespace MediaDiscovery.Core.Tests.Recommendations;

public sealed class SparseUserItemMatrixTests
{
    private static readonly SparseUserItemMatrix Matrix = SparseUserItemMatrix.Build(
    [
        new(20, 7, 1f, 0), new(20, 3, 2f, 0), new(10, 7, 1f, 0), new(20, 3, 5f, 1),
    ]);

    [Fact]
    public void Rows_and_columns_are_indexed_by_ascending_ids()
    {
        Assert.Equal([10, 20], Matrix.UserIds);
        Assert.Equal([3, 7], Matrix.ItemIds);
        Assert.Equal(1, Matrix.UserIndexOf(20));
        Assert.Null(Matrix.ItemIndexOf(99));
    }

    [Fact]
    public void A_row_lists_its_items_and_duplicates_keep_the_largest_weight()
    {
        Assert.Equal([1], Matrix.ItemsOf(0).ToArray());
        Assert.Equal([0, 1], Matrix.ItemsOf(1).ToArray());
        Assert.Equal([5f, 1f], Matrix.WeightsOf(1).ToArray());
        Assert.Equal(3, Matrix.NonZeroCount);
    }

    [Fact]
    public void Gram_counts_co_occurrences()
    {
        Assert.Equal([1.0, 1.0, 1.0, 2.0], Matrix.BinaryGram());
        Assert.Equal([[1], [0, 1]], Matrix.UsersByItem());
    }
}
