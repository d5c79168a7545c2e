"""Entry point: `python -m bench [--runs N] [--models N] [--only KEY,...] [--sql KEY,...]`."""

import argparse
import os
import sys
import tempfile
import time


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--runs", type=int, default=30, help="timed requests per page (default 30)")
    parser.add_argument("--models", type=int, default=200, help="models in the library (default 200)")
    parser.add_argument("--only", default="", help="comma-separated scenario keys to run")
    parser.add_argument("--sql", default="", help="comma-separated scenario keys whose SQL to print")
    parser.add_argument("--themes-only", action="store_true", help="only the themes' quality and speed")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench-") as workdir:
        from .environment import bootstrap

        bootstrap(workdir)

        from .themes import print_themes

        if args.themes_only:
            print_themes()
            return
        from .content import Content
        from .measure import measure_all
        from .report import print_sql, print_table, verdicts
        from .scenarios import SCENARIOS

        only = set(filter(None, args.only.split(",")))
        show_sql = set(filter(None, args.sql.split(",")))
        wanted = only | {key for s in SCENARIOS if s.key in only for key in (s.near, s.versus) if key}
        scenarios = [s for s in SCENARIOS if not only or s.key in wanted or s.floor]
        content = Content(model_count=args.models)
        urls = [(scenario, scenario.setup(content)) for scenario in scenarios]
        built = time.perf_counter()
        targets = [(url, scenario.user(content) if scenario.user else None, scenario.headers) for scenario, url in urls]
        rows = list(zip(scenarios, measure_all(targets, args.runs), strict=True))
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(
            f"Server time of Client.get in-process: one warm-up, then {args.runs} rounds over the pages; "
            f"SQLite; setup {built - started:.0f} s; load average {load:.1f} on {os.cpu_count()} CPUs"
        )
        for note in content.notes:
            print(f"  {note}")
        print()
        print_table(rows)
        print()
        for line in verdicts(rows):
            print(line)
        for scenario, result in rows:
            if scenario.key in show_sql:
                print_sql(scenario, result)
        print()
        print_themes()
        print(f"\nTotal {time.perf_counter() - started:.0f} s")

        from django.db import connections

        connections.close_all()  # before the temporary directory and its database go
    return 0


if __name__ == "__main__":
    sys.exit(main())
