-- wrk: POST /api/v1/search cycling through the queries of a JSONL evaluation set (the file named by MD_QUERY_SET),
-- so the load has the set's mix of descriptions, constraint queries and titles. Run it against a LocalHost whose
-- caches are off (Cache:Backend none, Embeddings:QueryCacheEntries 0): every request then does the full work.
local queries = {}
for line in io.lines(os.getenv("MD_QUERY_SET")) do
  local q = line:match('"query"%s*:%s*"(.-[^\\])"')
  if q then queries[#queries + 1] = q end
end
assert(#queries > 0, "no queries in MD_QUERY_SET")
local next_query = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
setup = function(thread)
  -- Threads start at different points of the set, so the connections do not move in lockstep.
  thread:set("offset", math.random(#queries))
end
request = function()
  next_query = next_query + 1
  local q = queries[(next_query + (offset or 0)) % #queries + 1]
  return wrk.format(nil, "/api/v1/search", nil, string.format('{"query":"%s","limit":20}', q))
end
done = dofile("tests/MediaDiscovery.Benchmarks/scripts/wrk-report.lua")
