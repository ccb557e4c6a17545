#!/usr/bin/env bash
# Installs the Debian packages nss-kiosk needs to build, run and test, when they are missing.
# Uses sudo when not root. Safe to run again: it installs nothing that is already there.
set -euo pipefail

BUILD_PACKAGES=(libncurses-dev libcairo2-dev libpango1.0-dev libqrencode-dev libsqlite3-dev zlib1g-dev fonts-dejavu-core pkg-config)
# postgresql: the throwaway cluster of the tests and benchmarks (scripts/with-postgresql).
TEST_PACKAGES=(tmux poppler-utils zbar-tools ncurses-term mutt openssl bsdutils python3 curl systemd sqlite3 postgresql)
BENCH_PACKAGES=(dialog whiptail hyperfine python3-pyte valgrind)

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
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Instalando paquetes que faltan: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Se necesitan permisos de administrador (sudo) para instalar: ${missing[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get -o DPkg::Lock::Timeout=300 update -qq
$SUDO apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${missing[@]}"
