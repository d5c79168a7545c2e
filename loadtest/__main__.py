"""`python -m loadtest --participants N --duration S --servers K`: a bounded workshop on loopback.

Starts K gunicorn servers (production settings, 2 sync workers each) on PostgreSQL and Redis, builds a group of
N members with signed-in sessions and a 50-post board, lets N locust participants open the board within 30 s,
poll it as the page does and post or agree about once a minute, then prints per request type p50/p95/p99, the
errors, posts sent / acknowledged / stored (read from the database), what crossed between the servers, and the
servers' CPU time beside the load average. Every address it touches must be on loopback.
"""

import argparse
import csv
import functools
import json
import os
import secrets
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

from . import servers as app_servers

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
REPO_ROOT = app_servers.REPO_ROOT


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="python -m loadtest", description=__doc__.split("\n\n")[0])
    parser.add_argument("--participants", type=int, default=30, help="simulated participants (default 30)")
    parser.add_argument("--duration", type=int, default=60, help="seconds of load after the first open (default 60)")
    parser.add_argument("--servers", type=int, default=1, help="app server processes (default 1)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers per server (default 2)")
    parser.add_argument("--actions-per-minute", type=float, default=1.0, help="posts+agrees per participant")
    parser.add_argument("--ramp", type=float, default=30, help="seconds in which everyone opens the board")
    return parser.parse_args(argv)


def loopback_only(name, url):
    host = urlparse(url).hostname
    if host not in LOOPBACK:
        raise SystemExit(f"{name} points at {host!r}: the load test runs only against loopback ({url})")
    return url


def environment():
    """Production settings on the load test's own PostgreSQL database and Redis database."""
    database_url = loopback_only(
        "LOADTEST_DATABASE_URL", os.environ.get("LOADTEST_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/loadtest")
    )
    cache_url = loopback_only("LOADTEST_CACHE_URL", os.environ.get("LOADTEST_CACHE_URL", "redis://127.0.0.1:6379/2"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "PYTHONPATH": os.pathsep.join([str(REPO_ROOT / "site"), str(REPO_ROOT)]),
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url,
        "CACHE_URL": cache_url,
        "SECURE_SSL_REDIRECT": "false",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
    }
    return env


def create_database(database_url):
    import psycopg

    parts = urlparse(database_url)
    name = parts.path.lstrip("/")
    admin_url = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin_url, autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            connection.execute(f'CREATE DATABASE "{name}"')


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=REPO_ROOT, env=env, check=True)


def percentiles(stats_csv):
    rows = {}
    with open(stats_csv) as file:
        for row in csv.DictReader(file):
            rows[row["Name"]] = row
    return rows


def stored_posts(database_url, board_id, tokens):
    """How many times each acknowledged post is stored, and how many posts nobody saw acknowledged."""
    import psycopg

    with psycopg.connect(database_url) as connection:
        counts = dict(
            connection.execute(
                "SELECT client_token::text, count(*) FROM codev_post WHERE board_id = %s AND body LIKE %s "
                "GROUP BY client_token",
                [board_id, "%lt-%"],
            ).fetchall()
        )
    once = sum(1 for token in tokens if counts.get(token) == 1)
    twice = sum(1 for token in tokens if counts.get(token, 0) > 1)
    missing = sum(1 for token in tokens if token not in counts)
    unacknowledged = sum(count for token, count in counts.items() if token not in set(tokens))
    return once, twice, missing, unacknowledged


def report(args, stats, results, stored, cpu, wall, load_before, load_after, finished_at):
    print(
        f"\nLoad test: {args.participants} participants, {args.duration} s, {args.servers} server(s) × "
        f"{args.workers} sync workers (production settings, PostgreSQL, Redis), "
        f"{args.actions_per_minute:g} post/agree a minute each"
    )
    headings = ("count", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms", "req/s")
    print(f"{'request':<12} " + " ".join(f"{heading:>8}" for heading in headings))
    for name in ("open board", "poll", "post", "agree", "Aggregated"):
        row = stats.get(name)
        if not row:
            continue
        print(
            f"{name:<12} {row['Request Count']:>8} {row['Failure Count']:>8} {row['50%']:>8} {row['95%']:>8} "
            f"{row['99%']:>8} {float(row['Max Response Time']):>8.0f} {float(row['Requests/s']):>8.1f}"
        )
    once, twice, missing, unacknowledged = stored
    acknowledged = len(results["posts"])
    print(
        f"\nposts sent {results['posts_sent']}, acknowledged {acknowledged}, stored exactly once {once}, "
        f"stored twice or more {twice}, acknowledged but missing {missing}, stored without acknowledgement "
        f"(still in flight at the stop, or its sender gave up) {unacknowledged}"
    )
    print(f"agrees sent {results['agrees_sent']}, acknowledged {results['agrees_acknowledged']}")
    if args.servers > 1:
        crossed(results, finished_at)
    total = int(stats["Aggregated"]["Request Count"]) if "Aggregated" in stats else 0
    per_request = f", {1000 * cpu / total:.1f} ms per request" if total else ""
    print(
        f"server CPU {cpu:.1f} s in {wall:.0f} s of wall time ({100 * cpu / wall:.0f} % of one core{per_request}); "
        f"load average {load_before[0]:.2f} before, {load_after[0]:.2f} / {load_after[1]:.2f} / "
        f"{load_after[2]:.2f} after, on {os.cpu_count()} CPUs"
    )
    errors = sum(int(row["Failure Count"]) for name, row in stats.items() if name != "Aggregated")
    return 0 if errors == 0 and twice == 0 and missing == 0 else 1


def crossed(results, finished_at):
    """Posts made through one server that the other servers' pollers saw (made 10 s or more before the end)."""
    seen = {int(server): set(markers) for server, markers in results["seen"].items()}
    for source in sorted({post["server"] for post in results["posts"]}):
        early = [post for post in results["posts"] if post["server"] == source and post["at"] < finished_at - 10]
        for other, markers in sorted(seen.items()):
            if other != source and early:
                count = sum(1 for post in early if post["marker"] in markers)
                print(f"posts through server {source} seen in polls of server {other}: {count} of {len(early)}")


def main(argv=None):
    args = parse_args(argv)
    env = environment()
    create_database(env["DATABASE_URL"])
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "collectstatic", "--noinput", "-v0")
    run_id = secrets.token_hex(3)
    with tempfile.TemporaryDirectory(prefix="loadtest-") as workdir:
        world_file, results_file = Path(workdir) / "world.json", Path(workdir) / "results.json"
        subprocess.run(
            [sys.executable, "-m", "loadtest.world", str(args.participants), run_id, str(world_file)],
            cwd=REPO_ROOT, env=env, check=True,
        )  # fmt: skip
        world = json.loads(world_file.read_text())
        port = int(os.environ.get("LOADTEST_PORT", "8330"))
        servers = app_servers.start(args.servers, port, args.workers, env, workdir)
        try:
            locust_env = {
                **env,
                "LOADTEST_WORLD": str(world_file),
                "LOADTEST_SERVERS": ",".join(url for _process, url in servers),
                "LOADTEST_RESULTS": str(results_file),
                "LOADTEST_ACTIONS_PER_MINUTE": str(args.actions_per_minute),
            }
            steady = {}

            served = functools.partial(app_servers.requests_served, workdir, len(servers), world["board_url"])
            done = threading.Event()

            def sample_steady_state():
                """Once everyone has opened the board: from here on the load is polls, posts and agrees."""
                while not done.wait(1):
                    if served()[2] >= args.participants:
                        steady["cpu"], steady["served"] = app_servers.server_cpu(servers), served()
                        steady["at"] = time.monotonic() - started
                        return

            timer = threading.Thread(target=sample_steady_state, daemon=True)
            cpu_before = app_servers.server_cpu(servers)
            load_before, started = os.getloadavg(), time.monotonic()
            timer.start()
            locust_log = (Path(workdir) / "locust.log").open("w")
            print(f"{args.participants} participants for {args.duration} s on {locust_env['LOADTEST_SERVERS']}")
            subprocess.run(
                [
                    sys.executable, "-m", "locust", "-f", str(Path(__file__).with_name("locustfile.py")),
                    "--headless", "--users", str(args.participants),
                    "--spawn-rate", f"{args.participants / args.ramp:.3f}",
                    "--run-time", f"{args.duration}s", "--stop-timeout", "10",
                    "--host", servers[0][1], "--csv", str(Path(workdir) / "locust"), "--only-summary",
                    "--loglevel", "WARNING",
                ],
                cwd=REPO_ROOT, env=locust_env, check=False, stdout=locust_log, stderr=subprocess.STDOUT,
            )  # fmt: skip
            wall, finished_at = time.monotonic() - started, time.time()
            done.set()
            cpu_after = app_servers.server_cpu(servers)
            served_after = served()
            load_after = os.getloadavg()
        finally:
            app_servers.stop(servers)
        cpu = sum(cpu_after[pid] - cpu_before.get(pid, 0) for pid in cpu_after)
        if not results_file.exists():
            print((Path(workdir) / "locust.log").read_text())
            raise SystemExit("locust stopped without results")
        results = json.loads(results_file.read_text())
        stats = percentiles(Path(workdir) / "locust_stats.csv")
        stored = stored_posts(env["DATABASE_URL"], world["board_id"], [post["token"] for post in results["posts"]])
        status = report(args, stats, results, stored, cpu, wall, load_before, load_after, finished_at)
        if "cpu" in steady:
            steady_cpu = sum(cpu_after[pid] - steady["cpu"].get(pid, 0) for pid in cpu_after)
            count, polls, _opened = (
                after - before for after, before in zip(served_after, steady["served"], strict=True)
            )
            if count:
                print(
                    f"after everyone had opened the board ({steady['at']:.0f} s on): {count} requests, {polls} of "
                    f"them polls; server CPU {1000 * steady_cpu / count:.1f} ms per request"
                )
        return status


if __name__ == "__main__":
    sys.exit(main())
