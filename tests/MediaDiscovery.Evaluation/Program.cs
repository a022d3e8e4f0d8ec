using MediaDiscovery.Evaluation;

// The project's own measurement commands; each prints its figures, one per line.
return args.FirstOrDefault() switch
{
    "catalog" => await CatalogReportCommand.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: MediaDiscovery.Evaluation catalog --catalog <dir> [--out <file.md>]");
    return 2;
}
