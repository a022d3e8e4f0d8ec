using Amazon.CDK;
using Amazon.CDK.AWS.SQS;
using Constructs;

namespace MediaDiscovery.Cdk;

/// <summary>An SQS queue with its dead-letter queue: a message failing five receives is parked, not lost or looped.</summary>
public sealed class EventQueue : Construct
{
    public const int MaxReceiveCount = 5;

    /// <param name="consumerTimeout">The consuming function's timeout: the visibility timeout is six times it (AWS's advice).</param>
    public EventQueue(Construct scope, string id, Duration consumerTimeout) : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(consumerTimeout);
        DeadLetters = new Queue(this, "DeadLetters", new QueueProps
        {
            RetentionPeriod = Duration.Days(14),
            Encryption = QueueEncryption.SQS_MANAGED,
            EnforceSSL = true,
        });
        Queue = new Queue(this, "Queue", new QueueProps
        {
            VisibilityTimeout = Duration.Seconds(consumerTimeout.ToSeconds() * 6),
            RetentionPeriod = Duration.Days(4),
            Encryption = QueueEncryption.SQS_MANAGED,
            EnforceSSL = true,
            DeadLetterQueue = new DeadLetterQueue { Queue = DeadLetters, MaxReceiveCount = MaxReceiveCount },
        });
    }

    public Queue Queue { get; }

    public Queue DeadLetters { get; }
}
