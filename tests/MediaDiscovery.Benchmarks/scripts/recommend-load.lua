-- wrk: GET /api/v1/recommendations for users read from MD_USER_TOKENS ("userId token" per line), in turn.
local users = {}
for line in io.lines(os.getenv("MD_USER_TOKENS")) do
  local id, token = line:match("^(%S+)%s+(%S+)$")
  if id then users[#users + 1] = { id = id, token = token } end
end
assert(#users > 0, "no users in MD_USER_TOKENS")
local next_user = 0
setup = function(thread) thread:set("offset", math.random(#users)) end
request = function()
  next_user = next_user + 1
  local user = users[(next_user + (offset or 0)) % #users + 1]
  return wrk.format("GET", "/api/v1/recommendations?userId=" .. user.id .. "&limit=20", { ["Authorization"] = "Bearer " .. user.token })
end
done = dofile("tests/MediaDiscovery.Benchmarks/scripts/wrk-report.lua")
