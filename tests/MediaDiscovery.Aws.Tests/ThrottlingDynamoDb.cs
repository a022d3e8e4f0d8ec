using System.Reflection;
using System.Runtime.ExceptionServices;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace MediaDiscovery.Aws.Tests;

/// <summary>
/// A client that forwards to a real one but lets each batch call process only the first few requests, handing
/// the rest back as unprocessed, the way DynamoDB does under throttling (dynalite never does).
/// </summary>
public class ThrottlingDynamoDb : DispatchProxy
{
    private IAmazonDynamoDB inner = null!;
    private int processedPerCall;
    private int batchWriteCalls;
    private int batchGetCalls;

    public int BatchWriteCalls => Volatile.Read(ref batchWriteCalls);

    public int BatchGetCalls => Volatile.Read(ref batchGetCalls);

    public static (IAmazonDynamoDB Client, ThrottlingDynamoDb Throttle) Wrap(IAmazonDynamoDB inner, int processedPerCall)
    {
        var client = Create<IAmazonDynamoDB, ThrottlingDynamoDb>();
        var throttle = (ThrottlingDynamoDb)(object)client;
        throttle.inner = inner;
        throttle.processedPerCall = processedPerCall;
        return (client, throttle);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        return args switch
        {
            [BatchWriteItemRequest write, CancellationToken ct] => BatchWriteAsync(write, ct),
            [BatchGetItemRequest get, CancellationToken ct] => BatchGetAsync(get, ct),
            _ => Forward(targetMethod, args),
        };
    }

    private object? Forward(MethodInfo method, object?[]? args)
    {
        try
        {
            return method.Invoke(inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }

    private async Task<BatchWriteItemResponse> BatchWriteAsync(BatchWriteItemRequest request, CancellationToken ct)
    {
        Interlocked.Increment(ref batchWriteCalls);
        var (table, requests) = request.RequestItems.Single();
        var processed = requests.Take(processedPerCall).ToList();
        if (processed.Count > 0)
            await inner.BatchWriteItemAsync(new BatchWriteItemRequest { RequestItems = new() { [table] = processed } }, ct);
        var rest = requests.Skip(processedPerCall).ToList();
        return new BatchWriteItemResponse { UnprocessedItems = rest.Count > 0 ? new() { [table] = rest } : [] };
    }

    private async Task<BatchGetItemResponse> BatchGetAsync(BatchGetItemRequest request, CancellationToken ct)
    {
        Interlocked.Increment(ref batchGetCalls);
        var (table, keys) = request.RequestItems.Single();
        var processed = keys.Keys.Take(processedPerCall).ToList();
        var items = new List<Dictionary<string, AttributeValue>>();
        if (processed.Count > 0)
        {
            var forwarded = new KeysAndAttributes { Keys = processed, ConsistentRead = keys.ConsistentRead };
            var response = await inner.BatchGetItemAsync(new BatchGetItemRequest { RequestItems = new() { [table] = forwarded } }, ct);
            items.AddRange(response.Responses?.GetValueOrDefault(table) ?? []);
        }
        var rest = keys.Keys.Skip(processedPerCall).ToList();
        return new BatchGetItemResponse
        {
            Responses = new() { [table] = items },
            UnprocessedKeys = rest.Count > 0 ? new() { [table] = new KeysAndAttributes { Keys = rest, ConsistentRead = keys.ConsistentRead } } : [],
        };
    }
}
