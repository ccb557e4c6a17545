#!/usr/bin/env bash
# Installs the Debian packages nss-kiosk needs to build, run and test, when they are missing.
# Uses sudo when not root. Safe to run again: it installs nothing that is already there.
set -euo pipefail

BUILD_PACKAGES=(libncurses-dev libcairo2-dev libpango1.0-dev libqrencode-dev libsqlite3-dev zlib1g-dev fonts-dejavu-core pkg-config)
# postgresql: the throwaway cluster of the tests and benchmarks (scripts/with-postgresql); python3-venv:
# schemathesis's own environment; wrk: the office server's load benchmarks.
TEST_PACKAGES=(tmux poppler-utils zbar-tools ncurses-term mutt openssl bsdutils python3 python3-venv curl systemd sqlite3 postgresql)
BENCH_PACKAGES=(dialog whiptail hyperfine python3-pyte valgrind wrk)

wanted=("${BUILD_PACKAGES[@]}")
case "${1:-build}" in
  test) wanted+=("${TEST_PACKAGES[@]}") ;;
  bench) wanted+=("${TEST_PACKAGES[@]}" "${BENCH_PACKAGES[@]}") ;;
esac

missing=()
for package in "${wanted[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

# schemathesis (PyPI), for the office server's API test: a virtual environment under the build folder, at
# the version openapi/requirements.txt pins; made once, with a deadline.
schemathesis() {
  local venv=.build/schemathesis-venv
  [ -x "$venv/bin/schemathesis" ] && return 0
  echo "Instalando schemathesis en $venv"
  mkdir -p .build
  timeout 120 /usr/bin/python3 -m venv "$venv"
  timeout 600 "$venv/bin/pip" install --quiet --disable-pip-version-check -r openapi/requirements.txt
}

if [ ${#missing[@]} -eq 0 ]; then
  case "${1:-build}" in test|bench) cd "$(dirname "$0")/.." && schemathesis ;; esac
  exit 0
fi

echo "Instalando paquetes que faltan: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Se necesitan permisos de administrador (sudo) para instalar: ${missing[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get -o DPkg::Lock::Timeout=300 update -qq
$SUDO apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${missing[@]}"
case "${1:-build}" in test|bench) cd "$(dirname "$0")/.." && schemathesis ;; esac
