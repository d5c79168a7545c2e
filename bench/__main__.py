"""Entry point: `python -m bench [--runs N] [--models N] [--only KEY,...] [--sql KEY,...] [--rebuild]`."""

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
    parser.add_argument("--rebuild", action="store_true", help="build the data afresh instead of reusing it")
    parser.add_argument("--themes-only", action="store_true", help="only the themes' quality and speed")
    return parser.parse_args(argv)


def load():
    one, five, fifteen = os.getloadavg() if hasattr(os, "getloadavg") else (float("nan"),) * 3
    return f"load average {one:.1f} / {five:.1f} / {fifteen:.1f} on {os.cpu_count()} CPUs"


def build_targets(scenarios, model_count):
    """Build each scenario's data; returns {key: {url, user, headers, settings}} and the notes on what was built."""
    from .content import Content

    content = Content(model_count=model_count)
    targets = {}
    for scenario in scenarios:
        url = scenario.setup(content)
        user = scenario.user(content) if scenario.user else None
        targets[scenario.key] = {"url": url, "user": user.pk if user else None}
    return targets, content.notes


def main(argv=None):
    args = parse_args(argv)
    started, cpu_started = time.perf_counter(), time.process_time()
    print(f"Starting: {load()}")
    with tempfile.TemporaryDirectory(prefix="bench-") as workdir:
        from .environment import bootstrap, migrate

        bootstrap(workdir)

        from .themes import print_themes

        if args.themes_only:
            print_themes()
            return
        from .scenarios import SCENARIOS

        only = set(filter(None, args.only.split(",")))
        show_sql = set(filter(None, args.sql.split(",")))
        related = ("near", "versus", "relative_to")
        wanted = only | {getattr(s, name) for s in SCENARIOS if s.key in only for name in related if getattr(s, name)}
        scenarios = [s for s in SCENARIOS if not only or s.key in wanted or s.floor]

        from . import reuse

        key = reuse.data_key(args.models, [s.key for s in scenarios])
        stored = None if args.rebuild else reuse.restore(key, workdir)
        migrate()

        from django.contrib.auth import get_user_model

        from .measure import measure_all
        from .report import print_sql, print_table, verdicts

        if stored is None:
            targets, notes = build_targets(scenarios, args.models)
            reuse.save(key, workdir, {"targets": targets, "notes": notes})
            origin = "built now and kept in .bench-cache/"
        else:
            targets, notes = stored["targets"], stored["notes"]
            origin = "reused from .bench-cache/"
        built = time.perf_counter()
        users = get_user_model().objects.in_bulk([t["user"] for t in targets.values() if t["user"]])
        measured = [
            (targets[s.key]["url"], users.get(targets[s.key]["user"]), s.headers, dict(s.settings), s.before)
            for s in scenarios
        ]
        rows = list(zip(scenarios, measure_all(measured, args.runs), strict=True))
        print(
            f"Server time of Client.get in-process: one warm-up, then {args.runs} rounds over the pages; "
            f"SQLite; data {origin} in {built - started:.0f} s; {load()}"
        )
        for note in notes:
            print(f"  {note}")
        print()
        print_table(rows)
        print()
        for line in verdicts(rows):
            print(line)
        for scenario, result in rows:
            if scenario.key in show_sql:
                print_sql(scenario, result)
        if not only or "documents" in only:
            from .documents import print_document_downloads

            print_document_downloads(notes)
        print()
        print_themes()
        print(
            f"\nTotal {time.perf_counter() - started:.0f} s wall, {time.process_time() - cpu_started:.0f} s CPU; "
            f"{load()}"
        )

        from django.db import connections

        connections.close_all()  # before the temporary directory and its database go
    return 0


if __name__ == "__main__":
    sys.exit(main())
