#!/usr/bin/env python3
"""Summarises a Java Flight Recorder recording of a javac run for the compile-time benchmark (run.sh --profile).

Prints Markdown: how many of javac's method samples have a jpaproto frame on their stack (the processor's share,
javac work it triggers included), the jpaproto methods whose samples those are (the innermost jpaproto frame of each
sample, so a method is charged for the javac calls it makes) and the stages they belong to (inclusive counts).
Standard library only; reads the recording with the JDK's `jfr print`.
"""
import argparse
import collections
import re
import subprocess
import sys

FRAME = re.compile(r'^\s+([\w.$<>]+)\(.*?line: (\d+)', re.M)


def samples(jfr, recording):
    out = subprocess.run([jfr, 'print', '--events', 'jdk.ExecutionSample', '--stack-depth', '256', recording],
                         capture_output=True, text=True, check=True).stdout
    for event in out.split('jdk.ExecutionSample')[1:]:
        frames = FRAME.findall(event)
        if frames:
            yield frames


DURATION = re.compile(r'duration = ([\d.]+) (s|ms|us|ns)')
SCALE_MS = {'s': 1000.0, 'ms': 1.0, 'us': 0.001, 'ns': 0.000001}


def durations(jfr, recording, event):
    """(duration in ms, event text) of every `event` in the recording."""
    out = subprocess.run([jfr, 'print', '--events', event, recording], capture_output=True, text=True,
                         check=True).stdout
    for text in out.split(event)[1:]:
        match = DURATION.search(text)
        if match:
            yield float(match.group(1)) * SCALE_MS[match.group(2)], text


def short(method):
    parts = method.split('.')
    return '.'.join(parts[-2:])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--jfr', default='jfr', help='the jfr tool of the JDK that ran javac')
    parser.add_argument('--top', type=int, default=15, help='rows per table (default 15)')
    parser.add_argument('recording')
    args = parser.parse_args()

    total = 0
    inside = 0
    innermost = collections.Counter()
    inclusive = collections.Counter()
    for frames in samples(args.jfr, args.recording):
        total += 1
        ours = [(method, line) for method, line in frames if method.startswith('io.jpaproto.')]
        if not ours:
            continue
        inside += 1
        method, line = ours[0]
        below = frames[frames.index(ours[0]) - 1][0] if frames.index(ours[0]) > 0 else None
        innermost[(short(method), line, short(below) if below else '')] += 1
        for name in {method for method, _ in ours}:
            inclusive[short(name)] += 1
    if total == 0:
        print('No method samples in the recording.')
        return 1
    print(f'{total} samples of javac running Java code; {inside} ({100 * inside / total:.1f}%) inside jpaproto.')
    print()
    if inside:
        print('| samples | % of all | innermost jpaproto frame | calls into |')
        print('|---:|---:|---|---|')
        for (method, line, below), count in innermost.most_common(args.top):
            print(f'| {count} | {100 * count / total:.1f} | `{method}:{line}` | `{below}` |')
        print()
        print('| samples (inclusive) | % of all | jpaproto method |')
        print('|---:|---:|---|')
        for method, count in inclusive.most_common(args.top):
            print(f'| {count} | {100 * count / total:.1f} | `{method}` |')
        print()
    # What the samples above do not show: the collector's pauses and the JIT's compiler threads, which the
    # processor's work makes busier too (the recording keeps compilations over 100 ms, the JDK's profile setting).
    pauses = [ms for ms, _ in durations(args.jfr, args.recording, 'jdk.GarbageCollection')]
    compilations = list(durations(args.jfr, args.recording, 'jdk.Compilation'))
    ours = [ms for ms, text in compilations if 'io.jpaproto.' in text]
    print(f'Garbage collections: {len(pauses)}, {sum(pauses):.0f} ms in all. JIT compilations over 100 ms:'
          f' {len(compilations)}, {sum(ms for ms, _ in compilations):.0f} ms in all, {len(ours)} of them of jpaproto'
          f' methods ({sum(ours):.0f} ms).')
    return 0


if __name__ == '__main__':
    sys.exit(main())
