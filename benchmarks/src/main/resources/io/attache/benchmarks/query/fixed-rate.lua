-- wrk 4.x script of the query API benchmark (io.attache.benchmarks.query.QueryBench): a fixed request rate over a
-- list of paths. wrk itself is closed-loop (a connection sends its next request when the previous answer arrived);
-- delay() turns it into a schedule: each thread hands out send slots at start + k * period, in order, to whichever
-- of its connections asks next, so the thread holds rate / threads requests per second as long as a connection is
-- free. A slot taken after its time is counted as late (its request then went out at once): many late slots mean
-- the connections were all busy, the rate was not held, and wrk's latencies (measured from the send) understate.
--
-- Arguments (after --): paths file, total rate (requests/s), number of wrk threads, start offset in the list,
-- path prefix (e.g. /api/v1/).
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } qb_timespec;
  int clock_gettime(int clock, qb_timespec *ts);
]]
local ts = ffi.new("qb_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

local paths = {}
local index = 1
local prefix = "/"
local period
local t0
local slot = 0
late = 0
late_max = 0
sent = 0

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then
      paths[#paths + 1] = line
    end
  end
  local rate = tonumber(args[2])
  local nthreads = tonumber(args[3])
  local offset = tonumber(args[4] or "0")
  prefix = args[5] or "/"
  period = 1000.0 * nthreads / rate
  index = (offset + id * math.floor(#paths / nthreads)) % #paths + 1
end

function request()
  local p = paths[index]
  index = index % #paths + 1
  sent = sent + 1
  return wrk.format("GET", prefix .. p)
end

function delay()
  local now = now_ms()
  if t0 == nil then
    t0 = now
  end
  slot = slot + 1
  local wait = t0 + slot * period - now
  if wait < 0 then
    if -wait > 1 then
      late = late + 1
      if -wait > late_max then
        late_max = -wait
      end
    end
    return 0
  end
  return wait
end

function done(summary, latency, requests)
  local l, lm, s = 0, 0, 0
  for _, t in ipairs(threads) do
    l = l + t:get("late")
    s = s + t:get("sent")
    local m = t:get("late_max")
    if m > lm then
      lm = m
    end
  end
  local e = summary.errors
  io.write(string.format("QUERYBENCH requests=%d duration_us=%d bytes=%d connect_errors=%d read_errors=%d "
      .. "write_errors=%d status_errors=%d timeouts=%d mean_us=%.1f max_us=%d p50_us=%d p90_us=%d p95_us=%d "
      .. "p99_us=%d p999_us=%d late=%d late_max_ms=%.1f sent=%d\n",
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency.mean, latency.max, latency:percentile(50), latency:percentile(90), latency:percentile(95),
    latency:percentile(99), latency:percentile(99.9), l, lm, s))
end
