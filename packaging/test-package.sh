#!/usr/bin/env bash
# The Debian package as a merchant gets it: its file list and metadata
# (dpkg-deb, appstreamcli, desktop-file-validate, lintian with no error), then
# installed into this machine, the installed studio run under its own Xvfb on
# the demo show (plugins, resources and translations from /usr, not from a
# source tree), the installed CLI run, and the package removed cleanly.
# Needs root (it installs). Usage: packaging/test-package.sh shopcast_<version>_amd64.deb
set -euo pipefail

deb="$(realpath "$1")"
fail() { echo "test-package: FAILED: $*" >&2; exit 1; }
step() { echo "test-package: $*"; }

step "contents of $(basename "$deb")"
case "$(basename "$deb")" in shopcast_*_amd64.deb) ;; *) fail "the file is not named shopcast_<version>_amd64.deb" ;; esac
files="$(dpkg-deb -c "$deb" | awk '{print $6}')"
for f in ./usr/bin/shopcast ./usr/bin/shopcast-cli ./usr/lib/shopcast/libshopcast_plugin_api.so.1 ./usr/lib/shopcast/libshopcast_work.so.1 \
         ./usr/lib/shopcast/plugins/libshopcast_bilibili_source.so ./usr/lib/shopcast/plugins/libshopcast_twitch_source.so \
         ./usr/lib/shopcast/plugins/libshopcast_bridge_source.so ./usr/lib/shopcast/plugins/libshopcast_rehearsal_source.so \
         ./usr/share/shopcast/translations/shopcast_zh_CN.qm ./usr/share/shopcast/demo/products.csv \
         ./usr/share/applications/io.shopcast.Studio.desktop ./usr/share/metainfo/io.shopcast.Studio.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/io.shopcast.Studio.svg ./usr/share/doc/shopcast/copyright; do
  grep -qxF "$f" <<<"$files" || fail "$f is not in the package"
done
for dep in obs-studio libobs0 libqt6widgets6 qt6-qpa-plugins libqt6sql6-sqlite fonts-noto-cjk; do
  dpkg-deb -f "$deb" Depends | grep -q "$dep" || fail "Depends lacks $dep"
done
[ "$(dpkg-deb -f "$deb" Package)" = shopcast ] || fail "the package is not named shopcast"

step "metadata"
extract="$(mktemp -d)"
profile="$(mktemp -d)"
trap 'rm -rf "$extract" "$profile"' EXIT
dpkg-deb -x "$deb" "$extract"
appstreamcli validate --no-net "$extract/usr/share/metainfo/io.shopcast.Studio.metainfo.xml"
desktop-file-validate "$extract/usr/share/applications/io.shopcast.Studio.desktop"
lintian --fail-on error --suppress-tags maintscript-calls-ldconfig,no-manual-page "$deb"

step "install"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -q "$deb" >/dev/null
[ -x /usr/bin/shopcast ] || fail "/usr/bin/shopcast is not installed"
# The installed binaries must not be able to reach the build tree: run from /.
cd /
step "the installed CLI"
/usr/bin/shopcast-cli --version | grep -q "shopcast-cli " || fail "shopcast-cli --version"
LANG=zh_CN.UTF-8 /usr/bin/shopcast-cli --help | grep -q "命令：" || fail "the installed CLI does not find its translation"
step "the installed studio"
/usr/bin/shopcast --version | grep -q "ShopCast Studio" || fail "shopcast --version"
env -u DISPLAY LANG=zh_CN.UTF-8 /usr/bin/shopcast --help --profile-dir "$profile" | grep -q "从演示直播开始" \
  || fail "the installed studio does not find its translation"
SHOPCAST_SCREENSHOT_DELAY_MS=3000 timeout 120 xvfb-run -a -s "-screen 0 1366x768x24" \
  /usr/bin/shopcast --demo --profile-dir "$profile" --screenshot "$profile/installed.png" >"$profile/studio.log" 2>&1 \
  || { tail -n 30 "$profile/studio.log" >&2; fail "the installed studio did not run its demo show"; }
[ -s "$profile/installed.png" ] || fail "no screenshot from the installed studio"
# The demo chat comes from the rehearsal plugin: logged comments mean the
# plugin was found under /usr/lib/shopcast/plugins.
comments="$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT COUNT(*) FROM chat_log").fetchone()[0])' "$profile/studio.db")"
[ "$comments" -gt 0 ] || fail "the installed studio logged no demo comments (plugins not found?)"
if [ -n "${SHOPCAST_PACKAGE_SCREENSHOT:-}" ]; then cp "$profile/installed.png" "$SHOPCAST_PACKAGE_SCREENSHOT"; fi

step "remove (purge)"
apt-get purge -y -q shopcast >/dev/null
[ ! -e /usr/bin/shopcast ] && [ ! -e /usr/lib/shopcast ] && [ ! -e /usr/share/shopcast ] || fail "files are left after removing the package"
! dpkg-query -W -f='${Status}' shopcast 2>/dev/null | grep -q . || fail "dpkg still knows the package after the purge"
step "passed ($comments demo comments logged by the installed studio)"
