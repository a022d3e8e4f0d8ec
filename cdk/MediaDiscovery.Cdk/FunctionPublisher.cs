using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace MediaDiscovery.Cdk;

/// <summary>
/// Publishes a function for the functions' runtime in its format (<see cref="FunctionPublishFormat"/>), once per
/// content: the output lands in <c>artifacts/publish-cache/&lt;Name&gt;-&lt;runtime&gt;-&lt;format&gt;-&lt;hash&gt;</c>, where the hash
/// covers every source file of the function's project and the projects it references (bin and obj aside), the
/// repository's build files, the runtime and the format. A function whose inputs did not change is not published again: a second synth, or prod's after dev's,
/// reuses it. A failed publish is one line naming its log.
/// </summary>
public sealed class FunctionPublisher(string repositoryRoot, NativeAotToolchain? toolchain = null)
{
    /// <summary>Files at the repository root that change every build.</summary>
    private static readonly string[] BuildFiles = ["Directory.Build.props", "Directory.Packages.props", "global.json", "NuGet.config", "nuget.config"];

    public string CacheDirectory => Path.Combine(repositoryRoot, "artifacts", "publish-cache");

    /// <summary>The repository the CDK CLI runs the app from (cdk.json's directory): where <c>functions/</c> is.</summary>
    public static FunctionPublisher ForCurrentDirectory()
    {
        var root = Directory.GetCurrentDirectory();
        return Directory.Exists(Path.Combine(root, "functions"))
            ? new FunctionPublisher(root)
            : throw new DirectoryNotFoundException($"Run the CDK app from the repository root (where cdk.json and functions/ are), not {root}.");
    }

    /// <summary>The published directory for this function, runtime and format, publishing it when its inputs changed.</summary>
    public string Publish(FunctionSpec spec, string runtime, FunctionPublishFormat format)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(format);
        var project = ProjectOf(spec.Name);
        var output = Path.Combine(CacheDirectory, $"{spec.Name}-{runtime}-{format.Name}-{HashOf(project, runtime, format)[..16]}");
        var entry = Path.Combine(output, format.EntryFile(spec));
        if (File.Exists(entry))
            return output;
        if (format.IsNative && (toolchain ?? NativeAotToolchain.OfThisMachine()).MissingFor(runtime) is { } missing)
            throw new FunctionPublishException($"Cannot publish {spec.Name}: {missing}");
        RemoveOlder(spec.Name, runtime, format);
        var log = output + ".log";
        Directory.CreateDirectory(CacheDirectory);
        var clock = Stopwatch.StartNew();
        var exit = Run(["publish", project, "-c", "Release", "-r", runtime, .. format.PublishArguments, "-o", output, "-nologo"], log);
        if (exit != 0 || !File.Exists(entry))
        {
            TryDelete(output);
            throw new FunctionPublishException($"Publishing {spec.Name} for {runtime} ({format.Name}) failed (dotnet publish exit code {exit}): {FirstError(log)} (log: {log}).");
        }
        if (format.IsNative)
            WriteBootstrap(output, spec);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"MediaDiscovery: published {spec.Name} for {runtime} ({format.Name}) in {clock.Elapsed.TotalSeconds:0} s"));
        return output;
    }

    /// <summary>
    /// What provided.al2023 starts: the native executable under its own name (logs and crash reports keep it), while
    /// the Lambda Web Adapter's layer serves the runtime API as an extension.
    /// </summary>
    private static void WriteBootstrap(string output, FunctionSpec spec)
    {
        var path = Path.Combine(output, FunctionPublishFormat.Bootstrap);
        File.WriteAllText(path, $"#!/bin/sh\nexec \"$(dirname \"$0\")/{spec.AssemblyName}\" \"$@\"\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
    }

    /// <summary>
    /// A hash of what the publish reads: the project's and its references' source files (bin and obj aside, in a
    /// stable order, by path and content), the repository's build files, the runtime and the format.
    /// </summary>
    public string HashOf(string project, string runtime, FunctionPublishFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, "runtime:" + runtime + ";" + format.Name + ";" + string.Join(' ', format.PublishArguments));
        foreach (var file in BuildFiles.Select(f => Path.Combine(repositoryRoot, f)).Where(File.Exists))
            AddFile(hash, file);
        foreach (var directory in ProjectClosure(project).Select(Path.GetDirectoryName).Distinct().Order(StringComparer.Ordinal))
        {
            foreach (var file in SourceFiles(directory!))
                AddFile(hash, file);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private string ProjectOf(string name)
    {
        var project = Path.Combine(repositoryRoot, "functions", FunctionSpec.ProjectPrefix + name, FunctionSpec.ProjectPrefix + name + ".csproj");
        return File.Exists(project) ? project : throw new FileNotFoundException($"No project for the {name} function at {project}.", project);
    }

    /// <summary>The project and every project it references, directly or not (full paths).</summary>
    private static SortedSet<string> ProjectClosure(string project)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([Path.GetFullPath(project)]);
        while (pending.TryPop(out var next))
        {
            if (!found.Add(next))
                continue;
            var directory = Path.GetDirectoryName(next)!;
            foreach (var reference in XDocument.Load(next).Descendants("ProjectReference"))
            {
                if (reference.Attribute("Include")?.Value is { Length: > 0 } include)
                    pending.Push(Path.GetFullPath(Path.Combine(directory, include.Replace('\\', Path.DirectorySeparatorChar))));
            }
        }
        return found;
    }

    private static IEnumerable<string> SourceFiles(string directory)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden };
        return Directory.EnumerateFiles(directory, "*", options)
            .Where(f => !IsUnder(directory, f, "bin") && !IsUnder(directory, f, "obj"))
            .Order(StringComparer.Ordinal);
    }

    private static bool IsUnder(string root, string file, string folder) =>
        Path.GetRelativePath(root, file).StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private void AddFile(IncrementalHash hash, string file)
    {
        Add(hash, Path.GetRelativePath(repositoryRoot, file).Replace('\\', '/'));
        hash.AppendData(File.ReadAllBytes(file));
    }

    private static void Add(IncrementalHash hash, string text)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        hash.AppendData([0]);
    }

    private int Run(IEnumerable<string> arguments, string log)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        File.WriteAllText(log, stdout.Result + stderr.Result);
        return process.ExitCode;
    }

    private static string FirstError(string log) =>
        File.ReadLines(log).FirstOrDefault(l => l.Contains(": error ", StringComparison.Ordinal))?.Trim() ?? "see the log";

    /// <summary>Earlier publishes of the same function, runtime and format: only the newest inputs' output is kept.</summary>
    private void RemoveOlder(string name, string runtime, FunctionPublishFormat format)
    {
        if (!Directory.Exists(CacheDirectory))
            return;
        foreach (var older in Directory.EnumerateFileSystemEntries(CacheDirectory, $"{name}-{runtime}-{format.Name}-*"))
            TryDelete(older);
    }

    private static void TryDelete(string path)
    {
        if (Directory.Exists(path))
            Directory.Delete(path, recursive: true);
        else if (File.Exists(path))
            File.Delete(path);
    }
}
