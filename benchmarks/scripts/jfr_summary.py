#!/usr/bin/env python3
"""Where a JFR recording's CPU samples are: the share of jdk.ExecutionSample events per top frame and per method
anywhere on the stack (inclusive), optionally for one thread only. JDK 17's `jfr` tool prints events but does not
aggregate them; this does.

usage: benchmarks/scripts/jfr_summary.py RECORDING.jfr [--thread NAME-PREFIX] [--top N]
"""
import argparse
import collections
import json
import subprocess


def main():
    p = argparse.ArgumentParser()
    p.add_argument("recording")
    p.add_argument("--thread", default="", help="only samples of threads whose Java name starts with this")
    p.add_argument("--top", type=int, default=40)
    a = p.parse_args()
    printed = subprocess.run(["jfr", "print", "--json", "--stack-depth", "80", "--events", "jdk.ExecutionSample",
                              a.recording], capture_output=True, text=True, check=True).stdout
    top, inclusive, threads, n = collections.Counter(), collections.Counter(), collections.Counter(), 0
    for event in json.loads(printed)["recording"]["events"]:
        values = event["values"]
        thread = (values.get("sampledThread") or {}).get("javaName") or ""
        stack = values.get("stackTrace")
        if not thread.startswith(a.thread) or not stack:
            continue
        n += 1
        threads[thread] += 1
        frames = [f["method"]["type"]["name"].split("/")[-1] + "." + f["method"]["name"] for f in stack["frames"]]
        top[frames[0]] += 1
        inclusive.update(set(frames))
    print(f"samples {n}" + (f" (threads starting with {a.thread!r})" if a.thread else ""))
    for title, counts in (("threads", threads), ("top frame", top), ("anywhere on the stack", inclusive)):
        print(f"--- {title}")
        for name, c in counts.most_common(a.top):
            print(f"{100.0 * c / max(n, 1):5.1f} %  {name}")


if __name__ == "__main__":
    main()
