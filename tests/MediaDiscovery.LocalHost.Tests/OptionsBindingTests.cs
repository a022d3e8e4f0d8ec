using System.Reflection;
using System.Runtime.CompilerServices;
using MediaDiscovery.Aws.Caching;
using MediaDiscovery.Embedded.Search;
using Microsoft.Extensions.Configuration;

namespace MediaDiscovery.LocalHost.Tests;

/// <summary>
/// Options are bound by the configuration binder's source generator everywhere (Directory.Build.props), as in the
/// Native AOT functions, where reflection binding cannot run. The generator skips init-only properties without a
/// word, so a deployed function would silently keep the defaults (a Redis at 127.0.0.1, default table names).
/// </summary>
public sealed class OptionsBindingTests
{
    [Fact]
    public void Bound_values_reach_options_and_their_nested_options()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cache:Redis:Configuration"] = "cache.example:6380,ssl=true",
            ["Cache:Redis:OperationTimeout"] = "00:00:00.250",
            ["Search:Retrieval:VectorWeight"] = "0.7",
            ["Search:Retrieval:Similar:Genres"] = "0.4",
        }).Build();

        var redis = configuration.GetSection("Cache:Redis").Get<RedisQueryCacheOptions>()!;
        var retrieval = configuration.GetSection("Search:Retrieval").Get<HybridRetrievalOptions>()!;

        Assert.Equal("cache.example:6380,ssl=true", redis.Configuration);
        Assert.Equal(TimeSpan.FromMilliseconds(250), redis.OperationTimeout);
        Assert.Equal(0.7, retrieval.VectorWeight);
        Assert.Equal(0.4, retrieval.Similar.Genres);
    }

    [Fact]
    public void No_options_type_has_an_init_only_property()
    {
        var initOnly = OptionsTypes()
            .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(property => property.SetMethod?.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)) == true)
                .Select(property => $"{type.Name}.{property.Name}"))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Empty(initOnly);
    }

    /// <summary>Every <c>*Options</c> type of the product's assemblies, and the product's types their properties hold.</summary>
    private static IEnumerable<Type> OptionsTypes()
    {
        var assemblies = Directory.EnumerateFiles(AppContext.BaseDirectory, "MediaDiscovery.*.dll")
            .Where(path => !Path.GetFileName(path).Contains("Tests", StringComparison.Ordinal))
            .Select(Assembly.LoadFrom);
        var pending = new Stack<Type>(assemblies.SelectMany(a => a.GetExportedTypes()).Where(t => t.IsClass && t.Name.EndsWith("Options", StringComparison.Ordinal)));
        var seen = new HashSet<Type>();
        while (pending.TryPop(out var type))
        {
            if (!seen.Add(type))
                continue;
            yield return type;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var held = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                foreach (var candidate in held.IsGenericType ? held.GetGenericArguments() : [held])
                {
                    if (candidate.IsClass && candidate.Namespace?.StartsWith("MediaDiscovery.", StringComparison.Ordinal) == true)
                        pending.Push(candidate);
                }
            }
        }
    }
}
