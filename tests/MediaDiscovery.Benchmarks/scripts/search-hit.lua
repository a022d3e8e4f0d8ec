-- wrk: POST /api/v1/search cycling over a few fixed queries, so after the first round every request hits the cache.
local queries = { "stranger things", "90s sci-fi movies with Keanu Reeves", "romantic comedies on netflix",
  "shows like The Office", "documentaries about music", "korean dramas", "horror movies from the 80s", "squid game" }
local i = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  i = i + 1
  return wrk.format(nil, "/api/v1/search", nil, '{"query":"' .. queries[(i % #queries) + 1] .. '","limit":20}')
end
