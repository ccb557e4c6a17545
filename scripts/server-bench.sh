#!/usr/bin/env bash
# The office server under wrk on loopback (release build), printing rows for BENCHMARKS.md:
# - beside it, in the same run and the same binary, Hummingbird's smallest answer (GET /hola, --hello-route);
# - the confirmation status call (POST with the bearer token, scripts/wrk-status.lua): requests per second,
#   p50 and p99, against the hello-world's;
# - whole applications (captcha → the list of documents) one after another, the median of the server's own
#   time (Server-Timing), scripts/server-bench.py; and the PDFs a terminal asks for, apart;
# - the server's resident memory after that load.
# STORE=postgresql://… runs it on that store (the server's --store); by default the embedded SQLite store.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/release}
# The staff tools that prepare the store (keys, registry) may come from another build.
TOOLS=${TOOLS:-$BIN}
STORE=${STORE:-}
DURATION=${DURATION:-5s}
# Rounds of wrk: each round measures the hello-world, then the status, right after it.
ROUNDS=${ROUNDS:-6}
CONNECTIONS=${CONNECTIONS:-16}
APPLICATIONS=${APPLICATIONS:-60}
work=$(mktemp -d)
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

token=$(openssl rand -hex 32)
printf 'banco-de-pruebas %s\n' "$token" > "$work/credenciales"
chmod 600 "$work/credenciales"
# A terminal of wrk makes tens of thousands of calls a second: the limits would answer them 429.
printf '[servidor]\nllamadas_por_minuto = 1000000\nsolicitudes_por_curp_por_hora = 10000\n' > "$work/config.toml"
data="$work/data"
store_args=()
[ -n "$STORE" ] && store_args=(--store "$STORE")
store_name=${STORE:+PostgreSQL}
store_name=${store_name:-SQLite}
# The registry is made on the first open; the seal's key before the server starts.
"$TOOLS/nss-kiosk-backend" keys export --data "$data" > /dev/null
curps=$("$TOOLS/nss-kiosk-backend" registry list --limit "$((APPLICATIONS + 2))" --data "$data" 2>/dev/null | cut -f1 | grep -E '^[A-Z]{4}[0-9]{6}')

"$BIN/nss-kiosk-server" --data "$data" --tokens "$work/credenciales" --config "$work/config.toml" "${store_args[@]}" \
  --public-url https://nss.oficina.example --captcha-test-answer AbDeF --listen 127.0.0.1:0 --hello-route \
  > "$work/server.out" 2>&1 &
server_pid=$!
for _ in $(seq 200); do grep -q "escucha en" "$work/server.out" && break; sleep 0.05; done
port=$(sed -n 's/.*escucha en http:\/\/127.0.0.1:\([0-9]*\).*/\1/p' "$work/server.out")
[ -n "$port" ] || { cat "$work/server.out"; exit 1; }
base="http://127.0.0.1:$port"

# Whole applications first: the store then holds a day's worth of rows when the status is asked.
# shellcheck disable=SC2086
python3 scripts/server-bench.py "$base" "$token" "$data" AbDeF $curps > "$work/applications.json"
rss_after_applications=$(awk '/VmRSS/ {print $2}' "/proc/$server_pid/status")
pending=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["pending"])' "$work/applications.json")
# Where an application's time goes, step by step (medians, ms), for whoever reads the run.
python3 -c 'import json,sys; print("pasos (mediana, ms):", json.load(open(sys.argv[1]))["steps"])' "$work/applications.json" >&2

# wrk: one thread (the server has the other core), the same connections for both; the two take turns,
# ROUNDS times each, so that both meet the same state of a shared machine: this VM's speed drifts by a fifth
# within minutes (its host is shared), and a round's two measures, seconds apart, see the same drift. The
# share is the median of the rounds' own shares; every round's is printed.
# The server's CPU time so far (user and system, in clock ticks), to tell what a request costs it apart
# from what wrk, on the same machine, costs.
server_cpu() { awk '{print $14 + $15}' "/proc/$server_pid/stat"; }
wrk_run() {  # name, then wrk's arguments
  local name=$1; shift
  local before after
  before=$(server_cpu)
  wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency "$@" > "$work/$name.txt"
  after=$(server_cpu)
  python3 - "$work/$name.txt" "$((after - before))" <<'PY' >> "$work/$name.jsonl"
import json, os, re, sys
text = open(sys.argv[1]).read()
cpu_seconds = int(sys.argv[2]) / os.sysconf("SC_CLK_TCK")
def ms(label):
    value, unit = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\s*$", text, re.M).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
requests = int(re.search(r"(\d+) requests in", text).group(1))
print(json.dumps({"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)), "p50": ms("50"), "p99": ms("99"),
                  "non2xx": int(errors.group(1)) if errors else 0, "cpu_us": 1e6 * cpu_seconds / requests}))
PY
}
export NSS_BENCH_TOKEN=$token NSS_BENCH_APPLICATION=$pending
# PROFILE=FILE: perf's call graphs of the server under each load, for `perf report -i FILE.status` (and
# FILE.hello).
profile() {  # name, then wrk's arguments
  local name=$1; shift
  perf record -q -g -o "$PROFILE.$name" -p "$server_pid" -- sleep "${DURATION%s}" 2>/dev/null &
  local perf_pid=$!
  wrk -t1 -c"$CONNECTIONS" -d"$DURATION" "$@" > "$work/profile-$name.txt"
  wait "$perf_pid"
  grep Requests/sec "$work/profile-$name.txt" >&2
}
if [ -n "${PROFILE:-}" ]; then
  profile hello "$base/hola"
  profile status -s scripts/wrk-status.lua "$base/v1/llamadas/confirmationStatus"
fi
for _ in $(seq "$ROUNDS"); do
  wrk_run hello "$base/hola"
  wrk_run status -s scripts/wrk-status.lua "$base/v1/llamadas/confirmationStatus"
done
rss=$(awk '/VmRSS/ {print $2}' "/proc/$server_pid/status")
hwm=$(awk '/VmHWM/ {print $2}' "/proc/$server_pid/status")

python3 - "$work/hello.jsonl" "$work/status.jsonl" "$work/applications.json" "$rss_after_applications" "$rss" "$hwm" \
  "$store_name" "$CONNECTIONS" <<'PY'
import json, statistics, sys
hello = [json.loads(line) for line in open(sys.argv[1])]
status = [json.loads(line) for line in open(sys.argv[2])]
applications = json.load(open(sys.argv[3]))
rss_applications, rss, hwm = (int(v) / 1024 for v in sys.argv[4:7])
store, connections = sys.argv[7], sys.argv[8]
def best(runs, key, pick=max):
    return pick(run[key] for run in runs)
def row(name, value, target, met):
    print(f"| {name} | {value} | {target} | {'sí' if met else 'NO'} |")
h_rps, s_rps = statistics.median(r["rps"] for r in hello), statistics.median(r["rps"] for r in status)
s_p50, s_p99 = statistics.median(r["p50"] for r in status), statistics.median(r["p99"] for r in status)
h_p50, h_p99 = statistics.median(r["p50"] for r in hello), statistics.median(r["p99"] for r in hello)
errors = sum(r["non2xx"] for r in status + hello)
shares = [100 * s["rps"] / h["rps"] for h, s in zip(hello, status)]
share = statistics.median(shares)
row(f"servidor ({store}): confirmationStatus con wrk, {connections} conexiones, {len(status)} rondas (hola mundo y luego estado)",
    f"{s_rps:,.0f} req/s (hola mundo de Hummingbird: {h_rps:,.0f} req/s); mediana de la proporción por ronda: {share:.0f} % "
    f"(rondas: {', '.join(f'{x:.0f}' for x in shares)} %)",
    "≥ 50 % del hola mundo", share >= 50 and errors == 0)
print(f"| servidor ({store}): CPU del servidor por solicitud, confirmationStatus / hola mundo (mediana) "
      f"| {statistics.median(r['cpu_us'] for r in status):.0f} / {statistics.median(r['cpu_us'] for r in hello):.0f} µs | — | — |")
row(f"servidor ({store}): confirmationStatus, latencia p50 / p99",
    f"{s_p50:.2f} / {s_p99:.2f} ms (hola mundo: {h_p50:.2f} / {h_p99:.2f} ms)", "p99 < 10 ms", s_p99 < 10)
row(f"servidor ({store}): trámite completo (captcha → lista de documentos), tiempo del servidor (Server-Timing), mediana de {applications['applications']}",
    f"{applications['median_ms']:.1f} ms (p90 {applications['p90_ms']:.1f} ms)", "< 20 ms", applications["median_ms"] < 20)
print(f"| servidor ({store}): un PDF pedido por la terminal (document: render en nss-kiosk-pdf y firma), mediana "
      f"| {applications['pdf_median_ms']:.1f} ms | — | — |")
row(f"servidor ({store}): memoria residente (VmRSS) tras los trámites / tras wrk; pico (VmHWM)",
    f"{rss_applications:.1f} / {rss:.1f} MB; pico {hwm:.1f} MB", "< 100 MB", hwm < 100)
if errors:
    print(f"| servidor ({store}): respuestas que no fueron 2xx durante wrk | {errors} | 0 | NO |")
PY
