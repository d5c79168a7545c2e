"""Starts the app servers (gunicorn, production settings) on loopback, stops them, and reads their CPU time."""

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def start(count, first_port, workers, env, log_dir):
    servers = []
    for n in range(count):
        port = first_port + n
        log = open(Path(log_dir) / f"server-{n}.log", "w")  # noqa: SIM115 - kept open while the server runs
        process = subprocess.Popen(
            [
                sys.executable, "-m", "gunicorn", "--pythonpath", "site", "config.wsgi",
                "--workers", str(workers), "--bind", f"127.0.0.1:{port}", "--timeout", "60",
                "--access-logfile", str(access_log(log_dir, n)), "--access-logformat", "%(U)s %(s)s",
            ],
            cwd=REPO_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        servers.append((process, f"http://127.0.0.1:{port}"))
    for process, url in servers:
        wait_until_up(process, url)
    return servers


def access_log(log_dir, n):
    return Path(log_dir) / f"access-{n}.log"


def requests_served(log_dir, count, board_url):
    """(all requests, polls, board openings) answered so far, from the servers' access logs (a line a request)."""
    logs = [access_log(log_dir, n) for n in range(count)]
    lines = [line for log in logs if log.exists() for line in log.read_text().splitlines()]
    polls = sum(1 for line in lines if "/changes/" in line)
    return len(lines), polls, sum(1 for line in lines if line.startswith(board_url + " "))


def wait_until_up(process, url, seconds=120):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server for {url} stopped at start (see its log)")
        try:
            urllib.request.urlopen(url + "/fi/", timeout=5)  # noqa: S310 - loopback only
            return
        except urllib.error.HTTPError:
            return  # it answers: a redirect or an error page is still an answer
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"the server for {url} did not answer within {seconds} s")


def stop(servers):
    for process, _url in servers:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
    for process, _url in servers:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


def process_tree(pid):
    """The pid and its children's (gunicorn's workers), from /proc."""
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            children.append(int(stat.parent.name))
    return [pid, *children]


def cpu_seconds(pids):
    """User + system CPU time of the processes, in seconds, keyed by pid (gone processes are left out)."""
    times = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        times[pid] = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
    return times


def server_cpu(servers):
    return cpu_seconds([pid for process, _url in servers for pid in process_tree(process.pid)])
