-- wrk script: POSTs the file BODY_FILE with Content-Type BODY_TYPE to the URL wrk was given, and counts
-- answers other than 200 so that a benchmark of errors cannot pass for one of readings.
-- METHOD=GET sends no body (BODY_FILE is then not read).
if os.getenv("METHOD") == "GET" then
  wrk.method = "GET"
else
  local file = assert(io.open(os.getenv("BODY_FILE"), "rb"))
  wrk.method = "POST"
  wrk.body = file:read("*a")
  file:close()
end
wrk.headers["Content-Type"] = os.getenv("BODY_TYPE")

local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  failures = 0
end

function response(status, headers, body)
  if status ~= 200 then failures = failures + 1 end
end

function done(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do failed = failed + thread:get("failures") end
  io.write(string.format("RESULT requests=%d seconds=%.3f p50_ms=%.2f p99_ms=%.2f non200=%d errors=%d\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1e3, latency:percentile(99) / 1e3, failed,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
