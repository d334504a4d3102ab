#!/usr/bin/env python3
"""Writes the seed corpus of each fuzz target from the test fixtures.

Run from anywhere: python3 tests/fuzz/make-seed-corpus.py [SCENES_JSON]
The corpus folders are kept in the repository; libFuzzer adds what it finds
to a separate working folder (build-fuzz/corpus), never to these.
"""
import json
import os
import struct
import sys
import zlib

import yaml

here = os.path.dirname(os.path.abspath(__file__))
fixtures = os.path.join(here, '..', 'fixtures')
corpus = os.path.join(here, 'corpus')


def put(target, name, data):
    folder = os.path.join(corpus, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode('utf-8'))


# IRC: every input line of the ircdocs msg-split suite.
with open(os.path.join(fixtures, 'irc-parser-tests', 'msg-split.yaml'), encoding='utf-8') as f:
    for i, test in enumerate(yaml.safe_load(f)['tests']):
        put('irc', 'split-%03d' % i, test['input'])

# Twitch: the lines the decoder knows.
twitch = [
    '@badge-info=;badges=broadcaster/1;color=#FF0000;display-name=Shop\\sHost;emotes=25:0-4;id=abc-1;mod=0;room-id=1;'
    'tmi-sent-ts=1763800000000;user-id=42 :host!host@host.tmi.twitch.tv PRIVMSG #shop :Kappa 多少钱?',
    ':tmi.twitch.tv PING :tmi.twitch.tv',
    '@login=spam;target-msg-id=abc-1 :tmi.twitch.tv CLEARMSG #shop :bad words',
    '@ban-duration=600;target-user-id=7 :tmi.twitch.tv CLEARCHAT #shop :spammer',
    '@msg-id=sub;display-name=Fan;user-id=9 :tmi.twitch.tv USERNOTICE #shop :great show',
    ':tmi.twitch.tv RECONNECT',
    ':a!a@a PRIVMSG #shop :\x01ACTION waves\x01',
]
for i, line in enumerate(twitch):
    put('twitch', 'line-%02d' % i, line)


# Bilibili: frames of the danmaku protocol (16-byte header, body).
def packet(op, body, version=0):
    return struct.pack('>IHHII', 16 + len(body), 16, version, op, 1) + body


danmu = json.dumps({'cmd': 'DANMU_MSG', 'info': [[0, 1, 25, 16777215, 1763800000000, 0, 0, 'abc', 0],
                                                  '还有货吗', [1001, '观众甲', 0, 0, 0, 10000, 1, ''],
                                                  [12, '粉丝团', '主播', 1, 0]]}, ensure_ascii=False).encode()
gift = json.dumps({'cmd': 'SEND_GIFT', 'data': {'uid': 77, 'uname': '土豪', 'giftName': '小心心', 'num': 3,
                                                 'tid': 't-1', 'coin_type': 'silver'}}, ensure_ascii=False).encode()
put('bilibili', 'danmu', packet(5, danmu))
put('bilibili', 'two-packets', packet(5, danmu) + packet(5, gift))
put('bilibili', 'zlib-batch', packet(5, zlib.compress(packet(5, danmu) + packet(5, gift)), 2))
put('bilibili', 'heartbeat-reply', packet(3, b'\x00\x00\x01\x00'))
put('bilibili', 'auth-reply', packet(8, b'{"code":0}'))
put('bilibili', 'garbage-between', packet(5, danmu) + b'\x00\x01garbage' + packet(5, gift))

# Bridge: HTTP POST heads with bodies, and bare JSON lines.
lines = [
    '{"type":"comment","platform":"douyin","id":"m1","userId":"u1","userName":"小王","text":"多少钱？","sentAtMs":1763800000000}',
    '{"type":"delete","targetId":"m1"}',
    '{"type":"gift","userName":"a","gift":"火箭","count":2}',
    '{"type":"clear"}',
]
body = '\n'.join(lines)
put('bridge', 'post', 'POST /comments HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer token\r\n'
                      'Content-Length: %d\r\n\r\n%s' % (len(body.encode()), body))
put('bridge', 'upgrade', 'GET /comments?token=x HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n'
                         'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n')
for i, line in enumerate(lines):
    put('bridge', 'line-%d' % i, line)

# CSV: the catalog fixtures (their first lines: the fuzzer mutates from there).
for name in sorted(os.listdir(os.path.join(fixtures, 'catalog'))):
    with open(os.path.join(fixtures, 'catalog', name), 'rb') as f:
        data = f.read()
    put('csv', name, b'\n'.join(data.split(b'\n')[:12]))

# Show plans: the README example, and one with slot presets and a countdown.
plan = {'version': 1, 'title': '双十一预热专场', 'plannedStart': '2026-11-11T20:00:00+08:00', 'plannedSeconds': 3600,
        'rule': '332', 'slots': [{'kind': 'warmup', 'plannedSeconds': 300, 'notes': '预热'},
                                  {'kind': 'product', 'plannedSeconds': 180, 'sku': 'DEMO-CUP', 'countdown': True},
                                  {'kind': 'lottery', 'plannedSeconds': 120,
                                   'preset': {'prize': '保温杯', 'winners': 2, 'keyword': '要杯子', 'entryWindowMs': 45000}},
                                  {'kind': 'poll', 'plannedSeconds': 60,
                                   'preset': {'question': '红还是蓝', 'options': [{'label': '红', 'keywords': ['1']},
                                                                                 {'label': '蓝', 'keywords': ['2']}]}},
                                  {'kind': 'closing', 'plannedSeconds': 180}]}
put('plan', 'full', json.dumps(plan, ensure_ascii=False, indent=1))
put('plan', 'custom-rule', json.dumps({'version': 1, 'rule': {'maxPitchSeconds': 240, 'productsPerBlock': 4, 'interludeSeconds': 90},
                                       'slots': [{'kind': 'product', 'plannedSeconds': 200, 'sku': 'A'}]}))

# Scene collections: a scenes.json the studio wrote (given on the command line).
if len(sys.argv) > 1:
    with open(sys.argv[1], 'rb') as f:
        put('scenes', 'demo', f.read())

# The normaliser: evasions of the kinds moderation handles.
for i, text in enumerate(['加 微-信 abc123', '加加微微信', '微信號', 'ｗｅｉｘｉｎ', 'vx:abc', '薇信', 'xｘх', '\u202eevil', 'e\u0301\u0301\u0301']):
    put('normalizer', 'text-%d' % i, text)
