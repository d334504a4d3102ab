"""Feed comments from any platform into ShopCast Studio's local bridge.

Run it with python3 (it has no #! line: it is an example to read and adapt).

Douyin, Kuaishou, Taobao Live and WeChat Channels do not let other programs
read a live room's comments. Whatever does read them for you (the platform's
open-platform push for an authorised app, a tool of your own) can hand them to
the studio by HTTP: this script is that last step, written out.

Input: one comment per line, either a JSON object in the bridge format
    {"platform":"douyin","id":"m1","userName":"小王","text":"多少钱？"}
or plain text "user: comment" (the platform then comes from --platform).

    python3 post-comments.py --port 17891 --token TOKEN comments.txt
    some-tool | python3 post-comments.py --port 17891 --token TOKEN -

Port and token: ShopCast Studio → Comments → Sources… → Local bridge.
Only the Python standard library is used.
"""
import argparse
import json
import sys
import urllib.error
import urllib.request

BATCH = 50  # comments per request; the bridge takes up to 1 MiB per request


def parse(line, platform, number):
    line = line.strip()
    if not line or line.startswith("#"):
        return None
    if line.startswith("{"):
        comment = json.loads(line)
    else:
        user, sep, text = line.partition(":")
        if not sep:
            user, sep, text = line.partition("：")
        if not sep:
            raise ValueError("expected 'user: comment' or a JSON object")
        comment = {"userName": user.strip(), "text": text.strip()}
    comment.setdefault("type", "comment")
    comment.setdefault("platform", platform)
    comment.setdefault("id", "%s-%d" % (platform, number))
    return comment


def post(url, token, batch):
    body = json.dumps(batch, ensure_ascii=False).encode("utf-8")
    request = urllib.request.Request(url, data=body, method="POST", headers={
        "Content-Type": "application/json", "Authorization": "Bearer " + token})
    try:
        with urllib.request.urlopen(request, timeout=10) as reply:
            answer = json.loads(reply.read() or b"{}")
    except urllib.error.HTTPError as e:
        sys.exit("the studio refused the comments: HTTP %d %s" % (e.code, e.read().decode("utf-8", "replace")[:300]))
    except OSError as e:
        sys.exit("cannot reach the studio at %s: %s (is the Local bridge source connected?)" % (url, e))
    for error in answer.get("errors", []):
        print("refused:", error, file=sys.stderr)
    return answer.get("accepted", 0)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", help="comments, one per line ('-': standard input)")
    parser.add_argument("--port", type=int, default=17891)
    parser.add_argument("--token", required=True)
    parser.add_argument("--platform", default="douyin", help="for plain-text lines (default: douyin)")
    args = parser.parse_args()
    url = "http://127.0.0.1:%d/comments" % args.port
    source = sys.stdin if args.file == "-" else open(args.file, encoding="utf-8-sig")
    accepted, batch = 0, []
    for number, line in enumerate(source, 1):
        try:
            comment = parse(line, args.platform, number)
        except ValueError as e:
            print("line %d skipped: %s" % (number, e), file=sys.stderr)
            continue
        if comment:
            batch.append(comment)
        if len(batch) == BATCH:
            accepted += post(url, args.token, batch)
            batch = []
    if batch:
        accepted += post(url, args.token, batch)
    print("%d comment(s) accepted" % accepted)


if __name__ == "__main__":
    main()
