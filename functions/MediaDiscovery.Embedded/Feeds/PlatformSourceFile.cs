namespace MediaDiscovery.Embedded.Feeds;

/// <summary>A platform id and the file name of its catalog export (e.g. <c>netflix</c>, <c>netflix_titles.csv</c>).</summary>
internal sealed record PlatformSourceFile(string Platform, string FileName);
