using MediaDiscovery.Evaluation;

// The project's own measurement commands; each prints its figures, one per line.
return args.FirstOrDefault() switch
{
    "catalog" => await CatalogReportCommand.RunAsync(args[1..]),
    "search" => await SearchEvaluationCommand.RunAsync(args[1..]),
    "recommend" => RecommendationEvaluationCommand.Run(args[1..]),
    "recommend-http" => await RecommendationHttpEvaluationCommand.RunAsync(args[1..]),
    "similar" => await SimilarEvaluationCommand.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: MediaDiscovery.Evaluation catalog --catalog <dir> [--out <file.md>]
               MediaDiscovery.Evaluation search --set <dev.jsonl> [--base http://127.0.0.1:5080] [--catalog <dir>] [--gold-filters] [--retrieval hybrid|bm25|vector]
               MediaDiscovery.Evaluation recommend --movielens <dir> [--split nearest|floor|ceiling] [--knn-k 50] [--ease-lambda 300] [--ensemble-weights 0.05,0.15,0.8]
               MediaDiscovery.Evaluation recommend-http prepare --movielens <dir> --work <dir> [--seed 1] [--holdout 0.333]
               MediaDiscovery.Evaluation similar --catalog <dir> --movielens <dir> [--base http://127.0.0.1:5080] [--seeds 300] [--min-fans 25]
               MediaDiscovery.Evaluation recommend-http run --work <dir> --catalog <dir> [--base http://127.0.0.1:5080] [--max-users N] [--first 3] [--tokens-out <file>]
        """);
    return 2;
}
