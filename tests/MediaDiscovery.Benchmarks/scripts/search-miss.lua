-- wrk: POST /api/v1/search with queries made of random catalog-ish words, so (almost) every request misses the cache.
local words = { "love", "war", "family", "murder", "space", "school", "friends", "city", "secret", "king", "dog", "music",
  "detective", "island", "ghost", "dream", "night", "road", "money", "robot", "comedy", "drama", "horror", "netflix", "hulu",
  "90s", "documentary", "korean", "series", "movie", "time", "travel", "heist", "zombie", "wedding", "football", "chef",
  "vampire", "alien", "prison", "ocean", "mountain", "brother", "sister", "mother", "father", "girl", "boy", "queen", "spy" }
math.randomseed(os.time())
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  local n = math.random(2, 4)
  local q = {}
  for i = 1, n do q[i] = words[math.random(#words)] end
  local body = string.format('{"query":"%s %d","limit":20}', table.concat(q, " "), math.random(1, 1000000))
  return wrk.format(nil, "/api/v1/search", nil, body)
end
done = dofile("tests/MediaDiscovery.Benchmarks/scripts/wrk-report.lua")
