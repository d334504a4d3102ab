#!/usr/bin/env bash
# Installs every Debian package ShopCast Studio needs to build, run and test.
# Idempotent: packages already present are skipped, so a second run is quick.
set -euo pipefail

BUILD_PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-multimedia-dev qt6-websockets-dev qt6-charts-dev
  qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6opengl6-dev libqt6sql6-sqlite libsqlite3-dev qtkeychain-qt6-dev
  libobs-dev obs-studio
  libavformat-dev libavcodec-dev libavutil-dev libswscale-dev libswresample-dev
  libssl-dev libicu-dev libopencc-dev libvectorscan-dev libbrotli-dev zlib1g-dev
  libx11-dev catch2 time libyaml-cpp-dev libzip-dev libmsgpack-dev libqrencode-dev
  clang-14 libclang-rt-14-dev llvm-14 clang-format-14 clang-tidy-14 cppcheck python3 python3-yaml
)
RUNTIME_AND_TEST_PACKAGES=(
  xvfb xauth libgl1-mesa-dri libegl-mesa0 fonts-noto-cjk
  gstreamer1.0-plugins-good gstreamer1.0-libav
  nginx libnginx-mod-rtmp libnginx-mod-stream ffmpeg x11-utils openssl ca-certificates
  espeak-ng  # a synthesised voice for the audio filter tests
  qt6-translations-l10n openbox
  dbus gnome-keyring libsecret-1-0
  gdb  # a studio that hangs in a launch test shows its threads' stacks (tests/support/ProcessStacks)
  dpkg-dev lintian appstream desktop-file-utils
  nodejs  # real client libraries for the remote-control tests (tests/remote, npm)
  chromium chromium-driver python3-selenium  # the producer's console in a real browser (tests/remote)
)

missing=()
for pkg in "${BUILD_PACKAGES[@]}" "${RUNTIME_AND_TEST_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done

# The remote-control tests drive the studio with real client libraries
# from npm, pinned by tests/remote/package-lock.json.
npm_test_clients() {
  local dir
  dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tests/remote"
  if [ -f "$dir/node_modules/.package-lock.json" ] && cmp -s "$dir/package-lock.json" "$dir/.installed-lock.json"; then
    return 0
  fi
  if ! command -v npm >/dev/null 2>&1; then
    # Debian's nodejs comes without it (nodesource's has it built in).
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends npm
  fi
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) && cp "$dir/package-lock.json" "$dir/.installed-lock.json"
}

if [ ${#missing[@]} -eq 0 ]; then
  echo "deps-debian: all packages present"
  npm_test_clients
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "deps-debian: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
# The stock nginx site would grab port 80 at install time; tests start their
# own nginx with a private config, so the system service is never needed.
if command -v systemctl >/dev/null 2>&1; then $SUDO systemctl disable --now nginx >/dev/null 2>&1 || true; fi
npm_test_clients
