-- wrk: the waiting screen's question, as the terminal's service asks it (without ?espera=, which would
-- hold it): POST /v1/llamadas/confirmationStatus with the bearer token and the application's id as JSON.
wrk.method = "POST"
wrk.body = '"' .. os.getenv("NSS_BENCH_APPLICATION") .. '"'
wrk.headers["Authorization"] = "Bearer " .. os.getenv("NSS_BENCH_TOKEN")
wrk.headers["Content-Type"] = "application/json"
