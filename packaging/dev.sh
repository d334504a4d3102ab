#!/usr/bin/env bash
# ShopCast Studio developer entry point.
#   packaging/dev.sh run    install dependencies, build, launch the studio on its demo show
#   packaging/dev.sh test   install dependencies, build, run every test
#   packaging/dev.sh bench  build and run the benchmarks (results go to the terminal)
#   packaging/dev.sh build  install dependencies and build only
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${SHOPCAST_BUILD_DIR:-$ROOT/build}"

deps() {
  bash "$ROOT/packaging/deps-debian.sh"
}

build() {
  cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
  cmake --build "$BUILD" --parallel "$(nproc)"
}

# libobs renders through X11; without a desktop session run the studio on a
# private Xvfb so the command still works on a bare machine.
with_display() {
  if [ -n "${DISPLAY:-}" ] && xdpyinfo >/dev/null 2>&1; then
    "$@"
  else
    echo "dev.sh: no X display found, running on a virtual one (xvfb-run)" >&2
    xvfb-run -a -s "-screen 0 1920x1080x24" "$@"
  fi
}

case "${1:-}" in
  run)
    deps
    build
    shift
    with_display "$BUILD/app/shopcast" --demo "$@"
    ;;
  test)
    deps
    build
    # Unit tests run in parallel; the libobs tests share a resource lock.
    # Integration and GUI tests start their own nginx and Xvfb.
    cd "$BUILD"
    ctest --output-on-failure --parallel "$(nproc)" --timeout 600
    ;;
  bench)
    deps
    build
    shift
    "$BUILD/tests/bench/shopcast_stream_bench" "$@"
    "$BUILD/tests/bench/shopcast_overlay_bench"
    "$BUILD/tests/bench/shopcast_chat_bench"
    "$BUILD/tests/bench/shopcast_moderation_bench"
    "$BUILD/tests/bench/shopcast_interact_bench"
    "$BUILD/tests/bench/shopcast_replay_bench"
    ;;
  build)
    deps
    build
    ;;
  *)
    echo "usage: packaging/dev.sh run|test|bench|build" >&2
    exit 2
    ;;
esac
