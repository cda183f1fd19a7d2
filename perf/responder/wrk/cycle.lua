-- wrk script for the responding gateway benchmark (perf/responder): cycles over pre-signed SOAP
-- request bodies written by ResponderBench, and checks every answer.
--   wrk ... -s cycle.lua URL -- <count> <directory> <expected substring>
-- Each thread starts at its own offset; a response counts as an error unless it is HTTP 200 and
-- contains the expected substring (e.g. queryResponseCode code="OK").
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  local count = tonumber(args[1])
  local dir = args[2]
  expected = args[3]
  requests = {}
  for i = 0, count - 1 do
    local f = assert(io.open(dir .. "/" .. i .. ".xml", "rb"))
    local body = f:read("*a")
    f:close()
    requests[i + 1] = wrk.format("POST", nil, { ["Content-Type"] = "application/soap+xml; charset=UTF-8" }, body)
  end
  n = (id * 7919) % #requests
  checked = 0
  errors = 0
  first_error = ""
end

function request()
  n = n % #requests + 1
  return requests[n]
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
  local c, e, first = 0, 0, ""
  for _, t in ipairs(threads) do
    c = c + t:get("checked")
    e = e + t:get("errors")
    if first == "" then first = t:get("first_error") end
  end
  local s = summary.errors
  io.write(string.format("RESULT requests=%d duration_us=%d checked=%d errors=%d socket_errors=%d\n", summary.requests,
    summary.duration, c, e, s.connect + s.read + s.write + s.status + s.timeout))
  io.write(string.format("LATENCY p50=%d p90=%d p99=%d max=%d\n", latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max))
  if first ~= "" then io.write("FIRST_ERROR " .. first .. "\n") end
end
