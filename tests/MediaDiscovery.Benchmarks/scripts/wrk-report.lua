-- wrk's done() for the load scripts: its --latency table has no p95, so print the percentiles the targets use.
-- Loaded with dofile from the repository root (the scripts cd there before running wrk).
return function(summary, latency, requests)
  io.write(string.format("p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms  requests %d  errors connect %d read %d write %d status %d timeout %d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
end
