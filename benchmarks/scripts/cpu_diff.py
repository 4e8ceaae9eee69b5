#!/usr/bin/env python3
"""CPU used between two snapshots of benchmarks/scripts/freshness_cpu.sh, per process and per thread, in seconds and
in ms per article.

usage: benchmarks/scripts/cpu_diff.py BEFORE AFTER ARTICLES
  BEFORE/AFTER: cpu-N.txt files (per process) or threads-N.txt files (per service and thread name, numbered pool
  threads summed). Ticks are 1/100 s. A thread pool that shrinks and regrows between the snapshots is undercounted in
  the thread view (its exited threads are gone); the process view is not.
"""
import collections
import re
import sys


def load(path, threads):
    values = collections.Counter()
    for line in open(path):
        parts = line.split(None, 2)
        if len(parts) < 3 or not parts[1].isdigit():
            continue
        if threads:  # service, ticks, thread name
            values[(parts[0], re.sub(r'[-#]?\d+$', '', parts[2].strip()))] += int(parts[1])
        else:  # pid, ticks, process
            values[(parts[0], parts[2].strip())] += int(parts[1])
    return values


def main():
    before_path, after_path, articles = sys.argv[1], sys.argv[2], int(sys.argv[3])
    threads = 'threads' in after_path
    before, after = load(before_path, threads), load(after_path, threads)
    used = collections.Counter()
    for key, ticks in after.items():
        group = key if threads else key[1]  # processes: summed by name (PostgreSQL has many)
        used[group] += ticks - before.get(key, 0)
    per = lambda ticks: f"{ticks / 100:7.1f} s {ticks * 10 / articles:6.2f} ms/article"
    if threads:
        for service in sorted({k[0] for k in used}):
            rows = sorted(((k[1], v) for k, v in used.items() if k[0] == service), key=lambda r: -r[1])
            print(f"{service}: {per(sum(v for _, v in rows))}")
            for name, ticks in rows[:8]:
                if ticks > 0:
                    print(f"   {name:28s} {per(ticks)}")
    else:
        for name, ticks in sorted(used.items(), key=lambda r: -r[1]):
            print(f"{name:16s} {per(ticks)}")
        print(f"{'total':16s} {per(sum(used.values()))}")


if __name__ == '__main__':
    main()
