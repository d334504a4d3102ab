#!/usr/bin/env python3
"""Every #include of a project header must be allowed by the link graph.

Reads the targets the project's CMakeLists.txt files declare (add_library /
add_executable and their source lists) and the shopcast_* libraries each
links (PUBLIC, PRIVATE, INTERFACE). A file of target T may include a header
of target H when H is T, one of T's direct dependencies, or reachable from
one of them through PUBLIC links (what CMake puts on T's include path on
purpose). Anything else compiles only because every library exposes the
whole studio/ folder: a dependency the build does not know of. Exits 1 and
names each such include.
"""
import os
import re
import sys

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..'))
FOLDERS = ['studio', 'app', 'plugins']
COMMAND = re.compile(r'\b(add_library|add_executable|target_link_libraries)\s*\(([^)]*)\)', re.S)
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def cmake_files():
    for folder in FOLDERS:
        for dirpath, _, files in os.walk(os.path.join(ROOT, folder)):
            if 'CMakeLists.txt' in files:
                yield os.path.join(dirpath, 'CMakeLists.txt')


def parse():
    owner = {}  # absolute file -> target
    links = {}  # target -> {'PUBLIC': set, 'PRIVATE': set, 'INTERFACE': set}
    for path in cmake_files():
        base = os.path.dirname(path)
        text = re.sub(r'#[^\n]*', '', open(path, encoding='utf-8').read())
        for kind, body in COMMAND.findall(text):
            words = body.split()
            if not words:
                continue
            target = words[0]
            if kind in ('add_library', 'add_executable'):
                links.setdefault(target, {'PUBLIC': set(), 'PRIVATE': set(), 'INTERFACE': set()})
                for word in words[1:]:
                    if word.endswith(('.cpp', '.hpp', '.h', '.c')):
                        owner[os.path.normpath(os.path.join(base, word))] = target
            else:
                scope = 'PRIVATE'  # target_link_libraries(T a b) without a keyword: treat as private
                entry = links.setdefault(target, {'PUBLIC': set(), 'PRIVATE': set(), 'INTERFACE': set()})
                for word in words[1:]:
                    if word in entry:
                        scope = word
                    elif word.startswith('shopcast_'):
                        entry[scope].add(word)
    return owner, links


def reachable(target, links, memo={}):
    if target in memo:
        return memo[target]

    def public_closure(t, seen):
        for d in links.get(t, {}).get('PUBLIC', set()) | links.get(t, {}).get('INTERFACE', set()):
            if d not in seen:
                seen.add(d)
                public_closure(d, seen)
        return seen

    direct = set()
    for scope in ('PUBLIC', 'PRIVATE', 'INTERFACE'):
        direct |= links.get(target, {}).get(scope, set())
    out = {target} | direct
    for d in direct:
        out |= public_closure(d, set())
    memo[target] = out
    return out


def main():
    owner, links = parse()
    problems = []
    checked = 0
    for path, target in sorted(owner.items()):
        if not os.path.exists(path):
            continue
        allowed = reachable(target, links)
        for header in INCLUDE.findall(open(path, encoding='utf-8', errors='replace').read()):
            # A header beside the file, or under studio/ by its area path.
            candidates = [os.path.normpath(os.path.join(os.path.dirname(path), header)),
                          os.path.normpath(os.path.join(ROOT, 'studio', header))]
            found = next((c for c in candidates if c in owner), None)
            if found is None:
                continue  # generated (ui_*, moc) or a test support header: not a library's
            checked += 1
            if owner[found] not in allowed:
                problems.append(f'{os.path.relpath(path, ROOT)} ({target}) includes {header} of {owner[found]}, which {target} does not link')
    for p in problems:
        print(p)
    print(f'{checked} project includes checked against the link graph of {len(links)} targets: {len(problems)} not allowed')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
