using System.Numerics.Tensors;

namespace MediaDiscovery.Embedded.Embeddings;

/// <summary>The first principal direction of a set of vectors, by power iteration on their (uncentred) Gram matrix.</summary>
public static class PrincipalComponent
{
    /// <summary>
    /// Unit vector u maximising sum((x.u)^2), as SIF uses it (uncentred, like its TruncatedSVD); zero for no input.
    /// The d x d matrix (d = 100) is built in one pass, so iterations cost nothing against the corpus size.
    /// </summary>
    public static float[] First(IEnumerable<float[]> vectors, int dimensions, int iterations = 200) =>
        Top(vectors, dimensions, 1, iterations)[0];

    /// <summary>The <paramref name="count"/> leading directions, each found on the matrix deflated by the previous.</summary>
    public static float[][] Top(IEnumerable<float[]> vectors, int dimensions, int count, int iterations = 200)
    {
        var gram = Gram(vectors, dimensions);
        var components = new float[count][];
        for (var c = 0; c < count; c++)
        {
            components[c] = PowerIteration(gram, dimensions, iterations, out var eigenvalue);
            for (var i = 0; i < dimensions; i++)
            {
                for (var j = 0; j < dimensions; j++)
                    gram[i * dimensions + j] -= eigenvalue * components[c][i] * components[c][j];
            }
        }
        return components;
    }

    private static double[] Gram(IEnumerable<float[]> vectors, int dimensions)
    {
        var gram = new double[dimensions * dimensions];
        foreach (var x in vectors)
        {
            for (var i = 0; i < dimensions; i++)
            {
                var xi = (double)x[i];
                for (var j = i; j < dimensions; j++)
                    gram[i * dimensions + j] += xi * x[j];
            }
        }
        for (var i = 0; i < dimensions; i++)
        {
            for (var j = 0; j < i; j++)
                gram[i * dimensions + j] = gram[j * dimensions + i];
        }
        return gram;
    }

    private static float[] PowerIteration(double[] matrix, int n, int iterations, out double eigenvalue)
    {
        eigenvalue = 0;
        var v = new double[n];
        var next = new double[n];
        // A fixed, non-degenerate start keeps the result deterministic.
        for (var i = 0; i < n; i++)
            v[i] = 1.0 + i * 1e-3;
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            for (var i = 0; i < n; i++)
                next[i] = TensorPrimitives.Dot<double>(matrix.AsSpan(i * n, n), v);
            var norm = TensorPrimitives.Norm<double>(next);
            eigenvalue = norm;
            if (norm == 0)
                return new float[n];
            TensorPrimitives.Divide(next, norm, v);
        }
        // Sign is arbitrary; fix it so that saved states compare equal run to run.
        var sign = v[TensorPrimitives.IndexOfMaxMagnitude<double>(v)] < 0 ? -1 : 1;
        return v.Select(x => (float)(x * sign)).ToArray();
    }
}
