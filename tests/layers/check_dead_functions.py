#!/usr/bin/env python3
"""No dead functions in the product code (app/, studio/, plugins/).

cppcheck's unusedFunction check over the build's compile commands for the
product's own sources. A function nothing calls fails the test unless it is
a Qt virtual (called by Qt, not by us) or one of the test seams below, each
with the reason it exists. Usage: check_dead_functions.py SOURCE_DIR BUILD_DIR
"""
import json
import os
import re
import subprocess
import sys
import tempfile

# Called by Qt through the vtable: never "used" in our sources.
QT_VIRTUALS = {
    "closeEvent", "paintEvent", "mousePressEvent", "mouseMoveEvent", "mouseReleaseEvent", "resizeEvent",
    "showEvent", "hideEvent", "changeEvent", "keyPressEvent", "wheelEvent", "eventFilter", "event",
    "columnCount", "rowCount", "data", "headerData", "flags", "setData", "roleNames",
    "supportedDropActions", "mimeTypes", "mimeData", "dropMimeData", "filterAcceptsRow", "lessThan",
    "sizeHint", "minimumSizeHint",
}

# Functions only tests, benchmarks or fuzzers call: the seams they observe or
# drive the product through. Each is named with what needs it.
TEST_SEAMS = {
    "immediate": "BroadcastController: a key provider that answers at once (controller and hotkey tests)",
    "serialize": "IrcMessage: the IRC conformance suite round-trips messages; the fuzzer too",
    "questionCount": "QuestionsModel: moderation controller tests count grouped questions",
    "databaseBytes": "TermMatcher: the moderation benchmark and tests report the compiled set's memory",
    "acrossShows": "AudienceRanking: the review tests rank viewers over several shows",
    "setPolling": "RundownSession: tests drive the rhythm clock by hand instead of its timer",
    "recordingPosition": "ShowTimeline: session tests check recording positions of events",
    "committedJobs": "StorageWriter: storage tests count what the writer committed",
    "failedJobs": "StorageWriter: storage tests count what the writer refused",
    "contrast": "Tones: the contrast test computes WCAG ratios",
    "toWindow": "PreviewFit: the preview tests and the drag benchmark point the mouse at canvas pixels",
}


def main():
    source, build = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    with open(os.path.join(build, "compile_commands.json")) as f:
        commands = json.load(f)
    roots = tuple(os.path.join(source, d) + os.sep for d in ("app", "studio", "plugins"))
    product = [c for c in commands if c["file"].startswith(roots) and "_autogen" not in c["file"]]
    if not product:
        print("no product sources in compile_commands.json")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        project = os.path.join(tmp, "product.json")
        with open(project, "w") as f:
            json.dump(product, f)
        run = subprocess.run(["cppcheck", "--project=" + project, "--enable=unusedFunction", "--library=qt", "-q", "-j1",
                              "--template={file}:{line}: {id}: {message}"], capture_output=True, text=True, cwd=tmp)
    found = re.findall(r"^(\S+):(\d+): unusedFunction: The function '([^']+)' is never used", run.stdout + run.stderr, re.M)
    dead = [(f, l, name) for f, l, name in found if name not in QT_VIRTUALS and name not in TEST_SEAMS]
    for f, l, name in dead:
        print(f"{os.path.relpath(f, source)}:{l}: '{name}' is never called: remove it, or name it as a test seam with its reason")
    stale = sorted(set(TEST_SEAMS) - {name for _, _, name in found})
    for name in stale:
        # Product code calls it now (or it is gone): the seam list must say so.
        print(f"check_dead_functions.py: '{name}' is listed as a test seam but product code uses it (or it is gone): drop it from TEST_SEAMS")
    print(f"{len(product)} product sources checked, {len(found)} unused by product code, {len(dead)} dead")
    return 1 if dead or stale else 0


if __name__ == "__main__":
    sys.exit(main())
