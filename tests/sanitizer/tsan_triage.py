#!/usr/bin/env python3
"""Sorts ThreadSanitizer's reports from a run of the studio (packaging/dev.sh
tsan-show) into what can be ours and what cannot.

Qt, FFmpeg, Mesa and libobs are not built with the sanitizer, so it does not
see their own locks, and most of its reports are about memory handed over
through them. A race between two pieces of the studio is one where both
accesses are made by the studio's own code (its binary, libraries and
plugins): those are listed first, and the exit status is 1 when there is one.
Reports with an external library on one side are counted by where the
studio's side is, to be read, not to fail on (a report whose studio side is
a QString's refcount or a queued call's payload is Qt's hand-over).

Usage: tsan_triage.py [--build DIR] REPORT_FILE...
  --build DIR  the build tree, to name the frames of plugins the sanitizer
               left without a name (it does so for modules loaded by dlopen)
"""

import collections
import functools
import os
import re
import subprocess
import sys

OURS = re.compile(r"\((shopcast[^+/]*|libshopcast[^+]*)\+")
SOURCE = re.compile(r"/studio/(\S+?):(\d+)|/app/(\S+?):(\d+)|/plugins/(\S+?):(\d+)")
ACCESS = ("Write", "Read", "Previous", "Atomic")
# The sanitizer's own interceptors: they name the call, not who made it.
RUNTIME = re.compile(r"libtsan\.so|/libsanitizer/")


BUILD = None
UNNAMED = re.compile(r"#(\d+) <null> <null> \((libshopcast[^+]*)\+(0x[0-9a-f]+)\)")


@functools.lru_cache(maxsize=None)
def module_path(module):
    for top, _, files in os.walk(BUILD):
        if module in files:
            return os.path.join(top, module)
    return None


@functools.lru_cache(maxsize=None)
def name_of(module, offset):
    path = module_path(module)
    if not path:
        return None
    # A frame's address is the return address: the call is the byte before.
    out = subprocess.run(["addr2line", "-f", "-C", "-e", path, hex(int(offset, 16) - 1)], capture_output=True, text=True).stdout.split("\n")
    if len(out) < 2 or out[0] == "??":
        return None
    return f"{out[0]} {out[1]}"


def named(block):
    if not BUILD:
        return block

    def one(m):
        name = name_of(m.group(2), m.group(3))
        return f"#{m.group(1)} {name} ({m.group(2)}+{m.group(3)})" if name else m.group(0)

    return UNNAMED.sub(one, block)


def reports(paths):
    for path in paths:
        with open(path, errors="replace") as f:
            text = f.read()
        for block in text.split("==================\n"):
            if "WARNING: ThreadSanitizer:" in block:
                yield named(block)


def frames(section):
    return [line.strip() for line in section.splitlines() if line.strip().startswith("#")]


def where(frame):
    """'function @ file:line' of a frame, or its module when it has no line."""
    name = re.sub(r"^#\d+ ", "", frame).split(" (")[0]
    name = re.sub(r"\(.*", "", name)[:80] if not name.startswith("operator") else name[:80]
    source = SOURCE.search(frame)
    if source:
        file, line = next((source.group(i), source.group(i + 1)) for i in (1, 3, 5) if source.group(i))
        return f"{name} @ {file}:{line}"
    module = OURS.search(frame)
    return f"{name} @ {module.group(1) if module else '?'}"


def side(section):
    """(is the access the studio's own?, what to call it).

    The access is the studio's when a frame of the studio's own sources comes
    before any frame of another library. Qt's and the standard library's
    templates are compiled into the studio's binary; when Qt's own code calls
    one (a queued call's slot object deleted in QMetaObject::invokeMethodImpl
    once its reference count drops), the access is Qt's."""
    fs = [f for f in frames(section) if not RUNTIME.search(f)]
    if not fs:
        return False, "?"
    for f in fs:
        if SOURCE.search(f):
            return True, where(f)
        if not OURS.search(f):
            break
    first_ours = next((f for f in fs if OURS.search(f)), None)
    outside = re.sub(r"^#\d+ ", "", fs[0]).split(" (")[0][:60]
    if first_ours:
        return False, f"{outside}, from {where(first_ours)}"
    return False, f"{outside} (no studio frame)"


def main(paths):
    groups = collections.defaultdict(int)
    kinds = collections.Counter()
    for block in reports(paths):
        kind = re.search(r"WARNING: ThreadSanitizer: ([^(\n]+)", block).group(1).strip()
        kinds[kind] += 1
        if kind != "data race":
            continue
        sections = re.split(r"\n\n", block[block.index("\n", block.index("WARNING")) + 1 :])
        sides = [side(s) for s in sections if s.strip().startswith(ACCESS)]
        both = len(sides) == 2 and all(ours for ours, _ in sides)
        lost = len(sides) == 2 and any(ours for ours, _ in sides) and any(name == "?" for _, name in sides)
        groups[("ours" if both else "lost" if lost else "other", tuple(sorted(name for _, name in sides)))] += 1
    total = sum(kinds.values())
    print(f"tsan-triage: {total} reports ({', '.join(f'{n} {k}' for k, n in kinds.most_common())})")
    def listing(which, title, limit=None):
        chosen = {k: n for k, n in groups.items() if k[0] == which}
        print(f"\n{title}: {sum(chosen.values())}")
        for (_, names), n in sorted(chosen.items(), key=lambda kv: -kv[1])[:limit]:
            print(f"  {n:5d}x  " + "\n          ".join(names))
        return chosen

    ours = listing("ours", "races between two of the studio's own accesses")
    # The sanitizer keeps a few thousand accesses per thread: an older one's
    # stack is gone ("failed to restore the stack"), so who made it is unknown.
    listing("lost", "races with the studio on one side and a stack the sanitizer no longer had on the other")
    listing("other", "races with an uninstrumented library on one side (Qt, FFmpeg, Mesa, libobs)", 40)
    return 1 if ours else 0


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) >= 2 and args[0] == "--build":
        BUILD = args[1]
        args = args[2:]
    if not args:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(args))
