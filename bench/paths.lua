-- wrk: each request asks for one of the addresses in the file $PATHS, uniformly at random, or
-- by a Zipf distribution (s = 1: the k-th address k times less often than the first) when
-- $ZIPF=1, as readers favour a few pages. Each thread has its own seed. (LuaJIT: Lua 5.1.)
-- A line may be `address<TAB>static address` (a search, whose static copy has no query
-- string): $STATIC=1 takes the second.
local paths = {}
local static = os.getenv("STATIC") == "1"
for line in io.lines(os.getenv("PATHS")) do
  local address, copy = line:match("^([^\t]*)\t?(.*)$")
  paths[#paths + 1] = (static and copy ~= "") and copy or address
end
local zipf = os.getenv("ZIPF") == "1"
local cumulative = {}
if zipf then
  local total = 0
  for k = 1, #paths do
    total = total + 1 / k
    cumulative[k] = total
  end
  for k = 1, #paths do cumulative[k] = cumulative[k] / total end
end

local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
end

function init()
  math.randomseed(os.time() * 1000 + (seed or 0))
end

local function pick()
  if not zipf then return paths[math.random(#paths)] end
  local u, lo, hi = math.random(), 1, #paths
  while lo < hi do
    local mid = math.floor((lo + hi) / 2)
    if cumulative[mid] < u then lo = mid + 1 else hi = mid end
  end
  return paths[lo]
end

function request()
  return wrk.format(nil, pick())
end
