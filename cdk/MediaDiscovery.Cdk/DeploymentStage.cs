namespace MediaDiscovery.Cdk;

/// <summary>dev: cheapest shapes, resources destroyed with the stack; prod: redundancy, retention, provisioned capacity.</summary>
public enum DeploymentStage
{
    Dev,
    Prod,
}
