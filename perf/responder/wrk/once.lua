-- wrk script for the responding gateway benchmark (perf/responder): sends pre-signed SOAP request
-- bodies written by ResponderBench, each exactly once (the server keeps a replay cache: a second
-- sending of a security header is refused), and checks every answer.
--   wrk -t T ... -s once.lua URL -- <directory> <expected substring>
-- Thread k reads <directory>/k.bin, a stream of records "<byte length>\n<body>", one record per
-- request, so the bodies are streamed from the file (page cache) instead of held in memory. When a
-- thread's stream is used up it stops (wrk.thread:stop()) rather than wrap around; the run reports
-- exhausted=<threads that ran out>. A response counts as an error unless it is HTTP 200 and
-- contains the expected substring (e.g. queryResponseCode code="OK").
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  local dir = args[1]
  expected = args[2]
  stream = assert(io.open(dir .. "/" .. id .. ".bin", "rb"))
  headers = { ["Content-Type"] = "application/soap+xml; charset=UTF-8" }
  checked = 0
  errors = 0
  sent = 0
  exhausted = 0
  first_error = ""
end

function request()
  local length = stream:read("*l")
  if length == nil then
    -- no signed request left: stop this thread; what is returned here is never written (the loop
    -- stops first), and if it were, the server would refuse it as a replay and it would count as an error
    exhausted = 1
    wrk.thread:stop()
    return last
  end
  sent = sent + 1
  last = wrk.format("POST", nil, headers, stream:read(tonumber(length)))
  return last
end

function response(status, headers, body)
  checked = checked + 1
  if status ~= 200 or not string.find(body, expected, 1, true) then
    errors = errors + 1
    if first_error == "" then
      first_error = "HTTP " .. status .. ": " .. string.sub(body, 1, 600):gsub("\n", " ")
    end
  end
end

function done(summary, latency, requests)
  local c, e, x, n, first = 0, 0, 0, 0, ""
  for _, t in ipairs(threads) do
    c = c + t:get("checked")
    e = e + t:get("errors")
    x = x + t:get("exhausted")
    n = n + t:get("sent")
    if first == "" then first = t:get("first_error") end
  end
  local s = summary.errors
  io.write(string.format("RESULT requests=%d duration_us=%d checked=%d errors=%d socket_errors=%d sent=%d exhausted=%d\n",
    summary.requests, summary.duration, c, e, s.connect + s.read + s.write + s.timeout, n, x))
  io.write(string.format("LATENCY p50=%d p90=%d p99=%d max=%d\n", latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max))
  if first ~= "" then io.write("FIRST_ERROR " .. first .. "\n") end
end
