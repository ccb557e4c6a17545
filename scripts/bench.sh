#!/usr/bin/env bash
# Runs every benchmark of nss-kiosk on the release build and prints a Markdown table for BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.build/release
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$BIN/nss-bench"

# The office server under wrk, beside Hummingbird's hello-world in the same run (STORE=postgresql://… for
# that store).
scripts/server-bench.sh

# curp check of 100,000 lines from standard input.
"$BIN/nss-bench" curps 100000 > "$work/curps.txt"
hyperfine --warmup 2 --runs 10 --export-json "$work/check.json" \
  "$BIN/nss-kiosk curp check < $work/curps.txt > /dev/null" >/dev/null
python3 - "$work/check.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
ms = r["median"] * 1000
print(f"| curp check de 100 000 líneas (stdin) | {ms:.0f} ms (mediana de {len(r['times'])}) | < 1 s | {'sí' if ms < 1000 else 'NO'} |")
PY

# The wizard in a pseudo-terminal at 80×24, beside `dialog --form` and `whiptail --inputbox` measured in the
# same run with the same 50 typed characters (a CURP, then an email: in dialog's next field, in whiptail's
# one box right after the CURP); medians of 15 runs (scripts/tui-bench.py). The programs take turns, one run
# each, so that all meet the same state of a shared machine (its speed drifts by a fifth within minutes).
"$BIN/nss-kiosk" registry list --limit 1 --data "$work/data" > "$work/registry.txt" 2>/dev/null
curp=$(cut -f1 "$work/registry.txt")
email=jesus.perales.martinez@gmail.com
for _ in $(seq 15); do
  scripts/tui-bench.py \
    --step "wait Datos del asistente" --step "type $curp" --step "key Down" --step "type $email" \
    -- dialog --title "Datos del asistente" --form "Escribe tus datos" 12 64 3 \
       "CURP:" 1 1 "" 1 12 20 18 "Correo:" 2 1 "" 2 12 40 80 "Confirma:" 3 1 "" 3 12 40 80 >> "$work/dialog.jsonl"
  scripts/tui-bench.py --step "wait Datos del asistente" --step "type $curp$email" \
    -- whiptail --title "Datos del asistente" --inputbox "Escribe tu CURP y tu correo:" 10 76 "" >> "$work/whiptail.jsonl"
  scripts/tui-bench.py \
    --step "wait Paso 1 de 9" --step "type $curp" --step "key Enter" --step "wait Paso 2 de 9" --step "type $email" \
    -- "$BIN/nss-kiosk" --data "$work/data" --captcha-test-answer AbDeF >> "$work/wizard.jsonl"
done
# Peak memory over the whole procedure, documents included: the code is read from the outbox.
scripts/tui-bench.py \
  --step "wait Paso 1 de 9" --step "type $curp" --step "key Enter" --step "wait Paso 2 de 9" --step "type $email" \
  --step "key Enter" --step "wait Paso 3 de 9" --step "type $email" --step "key Enter" \
  --step "wait Paso 4 de 9" --step "type AbDeF" --step "key Enter" --step "wait Paso 5 de 9" \
  --step "typecmd $BIN/nss-kiosk outbox --data $work/data | sed -n 's/^Código de confirmación: //p'" \
  --step "key Enter" --step "wait Paso 6 de 9" --step "key Enter" --step "wait Paso 7 de 9" --step "key Enter" \
  --step "wait Paso 8 de 9" --step "key Enter" --step "wait Paso 9 de 9" \
  -- "$BIN/nss-kiosk" --data "$work/data" --captcha-test-answer AbDeF > "$work/procedure.json"
/usr/bin/python3 - "$work/dialog.jsonl" "$work/wizard.jsonl" "$work/procedure.json" "$work/whiptail.jsonl" <<'PY'
import json, statistics, sys

def medians(path):
    """One run per line: the median of each timing, the largest peak, the byte count (the same each run)."""
    runs = [json.loads(line) for line in open(path)]
    summary = {name: statistics.median(run[name] for run in runs)
               for name in ("first_paint_ms", "key_latency_ms", "key_settle_ms")}
    summary.update(bytes_per_key=runs[0]["bytes_per_key"], keys=runs[0]["keys"], runs=len(runs),
                   keys_echoed_alone=min(run["keys_echoed_alone"] for run in runs),
                   peak_rss_kb=max(run["peak_rss_kb"] for run in runs))
    return summary

dialog, wizard, whiptail = medians(sys.argv[1]), medians(sys.argv[2]), medians(sys.argv[4])
procedure = json.load(open(sys.argv[3]))
def row(name, value, target, met):
    print(f"| {name} | {value} | {target} | {'sí' if met else 'NO'} |")
paint, paint_dialog = wizard["first_paint_ms"], dialog["first_paint_ms"]
row("terminal 80×24: arranque a primera pantalla pintada", f"{paint:.1f} ms (dialog --form: {paint_dialog:.1f} ms)",
    f"≤ 1.5 × dialog = {1.5 * paint_dialog:.1f} ms", paint <= 1.5 * paint_dialog)
latency = wizard["key_latency_ms"]
row(f"terminal: tecla → primer byte en pantalla, mediana de {wizard['keys']} caracteres",
    f"{latency:.2f} ms (hasta asentarse {wizard['key_settle_ms']:.2f} ms; dialog: {dialog['key_latency_ms']:.2f} ms)",
    "< 5 ms", latency < 5)
per_key = wizard["bytes_per_key"]
row(f"terminal: bytes escritos por carácter tecleado ({wizard['keys']}: una CURP y un correo)",
    f"{per_key:.2f} B (dialog --form: {dialog['bytes_per_key']:.2f} B; whiptail --inputbox: {whiptail['bytes_per_key']:.2f} B)",
    "≤ 2 B", per_key <= 2)
print(f"| terminal: caracteres respondidos sólo con su propio eco | {wizard['keys_echoed_alone']} de {wizard['keys']} "
      f"(dialog: {dialog['keys_echoed_alone']}; whiptail: {whiptail['keys_echoed_alone']}) | — | — |")
for name, peak in (("formulario de 2 pantallas", wizard["peak_rss_kb"]),
                   ("trámite completo con documentos", procedure["peak_rss_kb"])):
    row(f"terminal: pico de memoria de nss-kiosk (VmHWM), {name}",
        f"{peak / 1024:.1f} MB (dialog: {dialog['peak_rss_kb'] / 1024:.1f} MB)", "< 30 MB", peak < 30 * 1024)
for name, peak in sorted(procedure["children_peak_rss_kb"].items()):
    print(f"| terminal: pico de memoria de {name}, que nss-kiosk inicia (muestreado cada 50 ms), trámite completo "
          f"| {peak / 1024:.1f} MB | — | — |")
PY
# Instructions from exec to the first screen painted, counted by valgrind's callgrind: unlike the times
# above, the same from run to run on any machine, so a change to the start shows even when it is smaller
# than the machine's noise. --dump-after writes a first profile when the first frame has been sent.
# (valgrind 3.19 cannot read the DWARF 5 that Swift 6.3 writes, hence a copy without debug information.)
mkdir "$work/callgrind"
strip -g -o "$work/callgrind/nss-kiosk" "$BIN/nss-kiosk"
cp "$BIN/nss-kiosk-backend" "$BIN/nss-kiosk-pdf" "$work/callgrind/"
TERM=xterm-256color LANG=C.UTF-8 timeout -s TERM 10 script -qfc "valgrind --tool=callgrind \
  --dump-after='\$s8Terminal0A4LoopV5paint*' --callgrind-out-file=$work/callgrind/profile.%p \
  $work/callgrind/nss-kiosk --data $work/data --captcha-test-answer AbDeF" /dev/null > /dev/null 2>&1 || true
first=$(ls "$work"/callgrind/profile.*.1 2>/dev/null | head -1)
if [ -n "$first" ]; then
  total=$(callgrind_annotate "$first" | awk '/PROGRAM TOTALS/ && !done {gsub(",", "", $1); print $1; done = 1}')
  frame=$(callgrind_annotate --inclusive=yes "$first" | awk '/^ *[0-9,]+ .*Terminal0A4LoopV5paint/ && !done {gsub(",", "", $1); print $1; done = 1}')
  awk -v total="$total" -v frame="$frame" 'BEGIN { printf "| terminal: instrucciones de exec a la primera pantalla pintada (callgrind) | %.2f M, de ellas el primer cuadro %.2f M | — | — |\n", total / 1e6, frame / 1e6 }'
else
  echo "| terminal: instrucciones de exec a la primera pantalla pintada (callgrind) | sin perfil: valgrind falló | — | NO |"
fi
# The wizard's program must not carry Foundation's CoreFoundation and ICU (see README, "departures").
if nm "$BIN/nss-kiosk" | grep -q "__CFInitialize"; then
  echo "| nss-kiosk sin CoreFoundation ni ICU | enlaza CoreFoundation | sin CoreFoundation | NO |"
else
  echo "| nss-kiosk sin CoreFoundation ni ICU | $(($(stat -c %s "$BIN/nss-kiosk") / 1048576)) MB, sin CoreFoundation | sin CoreFoundation | sí |"
fi
