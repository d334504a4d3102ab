#!/usr/bin/env python3
"""Every QTimer a studio class holds as a member is that object's child.

The studio's health report names what a slow GUI turn delivered by the first
owner up the receiver's parent chain that is the studio's own
(work::DeliveryWatch): a timer with no parent is reported as a bare "QTimer",
which names nothing in a studio with twenty of them. A member timer declared
`QTimer m_timer{this};` is named by its class. Exit status 1 lists the
members declared without an owner.
"""
import pathlib
import re
import sys

MEMBER = re.compile(r"^\s*QTimer\s+(m_\w+)\s*(\{[^}]*\}|\([^)]*\))?\s*;")


def main() -> int:
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    orphans = []
    for area in ("studio", "app", "plugins"):
        for header in sorted((root / area).rglob("*.hpp")):
            for number, line in enumerate(header.read_text(encoding="utf-8").splitlines(), 1):
                match = MEMBER.match(line)
                if match and (match.group(2) or "").replace(" ", "") not in ("{this}", "(this)"):
                    orphans.append(f"{header.relative_to(root)}:{number}: {match.group(1)} has no owner; declare it `QTimer {match.group(1)}{{this}};`")
    for orphan in orphans:
        print(orphan)
    if orphans:
        print(f"{len(orphans)} member timers without an owner: a slow turn they run would be named only 'QTimer'")
        return 1
    print("every member QTimer is its owner's child")
    return 0


if __name__ == "__main__":
    sys.exit(main())
