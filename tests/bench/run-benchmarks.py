#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Mail Setup Assistant contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Performance budget of Mail Setup Assistant (docs/performance.md).

Builds the 'bench' preset (Release), runs every measurement repeatedly side by side with its
baseline, prints medians and ratios, and exits 1 if a target is missed. Usage:

    tests/bench/run-benchmarks.py [--runs N] [--no-build]
"""
import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.join(ROOT, "build", "bench", "bin")

# (name, how the value compares, limit)
TARGETS = {
    "first paint (wizard / bare window)": 1.3,
    "first paint with a large user catalog (wizard / bare window)": 1.3,
    "peak memory (wizard / bare window)": 1.5,
    "lookup wall time (mailsetup lookup / bare QCoreApplication)": 1.5,
}


def build():
    subprocess.run(["cmake", "--preset", "bench"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["cmake", "--build", "--preset", "bench"], cwd=ROOT, check=True)


def run_measured(command, env):
    """Starts command, returns (wall seconds, peak RSS KiB, stdout)."""
    t0 = time.monotonic_ns()
    env = dict(env, MAILSETUP_BENCH_T0_NS=str(t0))
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = (time.monotonic_ns() - t0) / 1e9
    output = process.stdout.read().decode()
    process.stdout.close()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        raise RuntimeError(f"{command[0]} exited with {process.returncode}")
    return wall, usage.ru_maxrss, output


def first_paint_ms(output):
    for line in output.splitlines():
        if line.startswith("first-paint-ns "):
            return int(line.split()[1]) / 1e6
    raise RuntimeError("no first-paint-ns line; is MAILSETUP_BENCH_T0_NS handled?")


def alternate(runs, commands, env):
    """Runs the commands in turn (warm-up first), so machine noise hits all of them alike."""
    results = {name: [] for name in commands}
    for round_ in range(runs + 1):
        for name, command in commands.items():
            measurement = run_measured(command, env)
            if round_ > 0:
                results[name].append(measurement)
    return results


def median(values):
    return statistics.median(values)


def start_xvfb():
    display = ":87"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        if os.path.exists(f"/tmp/.X11-unix/X{display[1:]}"):
            break
        time.sleep(0.05)
    return xvfb, display


def large_user_catalog(directory, providers=3000):
    """A valid user catalog of a few MB, to show it does not delay the first paint."""
    path = os.path.join(directory, "mailsetup")
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, "providers.yaml"), "w") as out:
        out.write("schema: 1\nsnapshot: 2026-11-27\nproviders:\n")
        for p in range(providers):
            out.write(f"  - id: user{p}\n    name: User Provider {p}\n    status: active\n"
                      f"    domains: [user{p}-a.example, user{p}-b.example]\n"
                      f"    verified: {{date: 2026-11-01, source: https://example.org/{p}}}\n"
                      f"    incoming: [{{protocol: imap, host: imap.user{p}.example, port: 993, security: ssl, "
                      f"auth: [password], username: \"%EMAILADDRESS%\"}}]\n"
                      f"    outgoing: [{{protocol: smtp, host: smtp.user{p}.example, port: 465, security: ssl, "
                      f"auth: [password], username: \"%EMAILADDRESS%\"}}]\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    if not args.no_build:
        build()

    rows = []     # (measurement, ours, baseline, ratio, limit)
    home = tempfile.mkdtemp(prefix="mailsetup-bench-")
    env = dict(os.environ, XDG_CONFIG_HOME=os.path.join(home, "config"), XDG_CONFIG_DIRS=os.path.join(home, "xdg"),
               HOME=home, LC_ALL="C.UTF-8", QT_QPA_PLATFORM="xcb")
    xvfb, display = start_xvfb()
    env["DISPLAY"] = display
    try:
        gui = alternate(args.runs, {"bare": [os.path.join(BIN, "bench_bare_window")],
                                    "wizard": [os.path.join(BIN, "mailsetup")]}, env)
        bare_paint = median([first_paint_ms(o) for _, _, o in gui["bare"]])
        wizard_paint = median([first_paint_ms(o) for _, _, o in gui["wizard"]])
        rows.append(("first paint (wizard / bare window)", f"{wizard_paint:.1f} ms", f"{bare_paint:.1f} ms",
                     wizard_paint / bare_paint))
        bare_rss = median([r for _, r, _ in gui["bare"]]) / 1024
        wizard_rss = median([r for _, r, _ in gui["wizard"]]) / 1024
        rows.append(("peak memory (wizard / bare window)", f"{wizard_rss:.1f} MiB", f"{bare_rss:.1f} MiB",
                     wizard_rss / bare_rss))

        large_user_catalog(env["XDG_CONFIG_HOME"])
        gui = alternate(args.runs, {"bare": [os.path.join(BIN, "bench_bare_window")],
                                    "wizard": [os.path.join(BIN, "mailsetup")]}, env)
        bare_paint = median([first_paint_ms(o) for _, _, o in gui["bare"]])
        wizard_paint = median([first_paint_ms(o) for _, _, o in gui["wizard"]])
        rows.append(("first paint with a large user catalog (wizard / bare window)", f"{wizard_paint:.1f} ms",
                     f"{bare_paint:.1f} ms", wizard_paint / bare_paint))
        shutil.rmtree(env["XDG_CONFIG_HOME"])
    finally:
        xvfb.send_signal(signal.SIGTERM)
        xvfb.wait()

    cli = alternate(args.runs * 2, {"bare": [os.path.join(BIN, "bench_bare_core")],
                                    "lookup": [os.path.join(BIN, "mailsetup"), "lookup", "anna@gmx.ch"]}, env)
    bare_cli = median([w for w, _, _ in cli["bare"]]) * 1000
    lookup_cli = median([w for w, _, _ in cli["lookup"]]) * 1000
    rows.append(("lookup wall time (mailsetup lookup / bare QCoreApplication)", f"{lookup_cli:.1f} ms",
                 f"{bare_cli:.1f} ms", lookup_cli / bare_cli))

    scale = subprocess.run([os.path.join(BIN, "bench_catalog_scale")], capture_output=True, text=True, check=True).stdout
    values = dict(line.split(" ", 1) for line in scale.splitlines())
    yaml_ms, compiled_ms = float(values["yaml-ms"]), float(values["compiled-ms"])

    micro = subprocess.run([os.path.join(BIN, "bench_lookup"), "-o", "-,csv"], capture_output=True, text=True, check=True).stdout
    per_call = {}  # QtTest CSV: "name","tag","WalltimeMilliseconds",milliseconds per call,total,iterations
    for line in micro.splitlines():
        parts = [p.strip('"') for p in line.split(",")]
        if len(parts) >= 4 and parts[2] == "WalltimeMilliseconds":
            per_call[parts[0]] = float(parts[3])

    failures = []
    print(f"\nMail Setup Assistant performance budget ({args.runs} runs each, medians)\n")
    print(f"{'measurement':66} {'ours':>12} {'baseline':>12} {'ratio':>7} {'target':>8}")
    for name, ours, baseline, ratio in rows:
        limit = TARGETS[name]
        ok = ratio <= limit
        failures += [] if ok else [name]
        print(f"{name:66} {ours:>12} {baseline:>12} {ratio:7.2f} {'≤ ' + str(limit):>8} {'ok' if ok else 'MISSED'}")
    scale_ratio = yaml_ms / compiled_ms
    scale_ok = scale_ratio >= 10
    failures += [] if scale_ok else ["catalog scale"]
    # Here the ratio is a speed-up (baseline / ours), so its target is a lower bound.
    print(f"{'10,000 providers / 100,000 domains: speed-up of compiled over YAML':66} {compiled_ms:9.1f} ms "
          f"{yaml_ms:9.1f} ms {scale_ratio:7.1f} {'≥ 10':>8} {'ok' if scale_ok else 'MISSED'}")
    # Lookup and typo suggestion have a target; loading the catalogs is shown for information.
    for name, limit in (("lookupFound", 0.05), ("typoSuggestion", 0.05), ("loadBundledCatalogs", None)):
        ms = per_call[name]
        share = ms / lookup_cli
        ok = limit is None or share <= limit
        failures += [] if ok else [name]
        print(f"{'per call: ' + name + ' / whole mailsetup lookup':66} {ms * 1000:9.1f} µs {lookup_cli:9.1f} ms "
              f"{share:7.3f} {('≤ ' + str(limit)) if limit else 'info':>8} {'ok' if ok else 'MISSED'}")
    print()
    if failures:
        print("Targets missed: " + ", ".join(failures))
        return 1
    print("All targets met.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
