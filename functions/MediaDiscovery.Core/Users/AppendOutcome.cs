namespace MediaDiscovery.Core.Users;

/// <summary>Whether an event was stored now or had been stored before under the same event id.</summary>
public enum AppendOutcome
{
    Appended,
    Duplicate,
}
