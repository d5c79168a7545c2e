"""The workshop's participants for locust: open the board, poll it as the page does, post or agree about once a
minute. Driven by loadtest/__main__.py through LOADTEST_WORLD, LOADTEST_SERVERS and LOADTEST_RESULTS."""

import itertools
import json
import os
import random
import re
import time
import uuid

from locust import FastHttpUser, events, task
from locust.exception import StopUser

WORLD = json.loads(open(os.environ["LOADTEST_WORLD"]).read())  # noqa: SIM115
SERVERS = os.environ["LOADTEST_SERVERS"].split(",")
ACTIONS_PER_MINUTE = float(os.environ.get("LOADTEST_ACTIONS_PER_MINUTE", "1"))
# A fixed CSRF secret: production marks the cookie Secure, so the participants send it themselves over
# plain-HTTP loopback, with the X-Forwarded-Proto that the reverse proxy would add.
CSRF_SECRET = "loadtest" * 4
SINCE = re.compile(r"changes/\?since=(\d+)")
MARKER = re.compile(r"lt-[0-9a-f]{12}")

_participants = itertools.count()
RESULTS = {"posts": [], "posts_sent": 0, "post_failures": 0, "agrees_sent": 0, "agrees_acknowledged": 0, "seen": {}}


class Participant(FastHttpUser):
    wait_time = staticmethod(lambda: WORLD["poll_seconds"])

    def __init__(self, environment):
        self.index = next(_participants)
        if self.index >= len(WORLD["sessions"]):
            raise StopUser()
        # Alternate between the servers, as a proxy spreading participants would.
        self.server = self.index % len(SERVERS)
        self.host = SERVERS[self.server]
        super().__init__(environment)
        https_origin = "https://" + self.host.split("://", 1)[1]
        self.headers = {
            "Cookie": f"sessionid={WORLD['sessions'][self.index]}; csrftoken={CSRF_SECRET}",
            "X-Forwarded-Proto": "https",
            "Origin": https_origin,
            "Referer": https_origin + WORLD["board_url"],
        }
        self.since = 0
        self.agreed = set()
        self.seen = RESULTS["seen"].setdefault(str(self.server), set())
        self.next_action = self.later(first=True)

    def later(self, first=False):
        if not ACTIONS_PER_MINUTE:
            return float("inf")
        interval = 60 / ACTIONS_PER_MINUTE
        return time.monotonic() + (random.uniform(0, interval) if first else random.uniform(0.75, 1.25) * interval)

    def on_start(self):
        with self.client.get(WORLD["board_url"], headers=self.headers, name="open board", catch_response=True) as r:
            if r.status_code != 200 or not (match := SINCE.search(r.text or "")):
                r.failure(f"board answered {r.status_code}")
                return
            self.since = int(match.group(1))
            self.seen.update(MARKER.findall(r.text))

    @task
    def poll(self):
        url = f"{WORLD['changes_url']}?since={self.since}"
        with self.client.get(
            url, headers={**self.headers, "HX-Request": "true"}, name="poll", catch_response=True
        ) as response:
            if response.status_code == 204:
                response.success()
            elif response.status_code == 200 and (match := SINCE.search(response.text or "")):
                self.since = int(match.group(1))
                self.seen.update(MARKER.findall(response.text))
            else:
                response.failure(f"poll answered {response.status_code}")
        if time.monotonic() >= self.next_action:
            self.next_action = self.later()
            self.post() if random.random() < 0.5 else self.agree()

    def post(self):
        marker = f"lt-{uuid.uuid4().hex[:12]}"
        token = str(uuid.uuid4())
        data = {
            "csrfmiddlewaretoken": CSRF_SECRET,
            "column": random.choice(WORLD["columns"]),
            "body": f"Havainto {marker}: tämä toimii meidän työpajassamme.",
            "section": "",
            "client_token": token,
        }
        RESULTS["posts_sent"] += 1
        with self.client.post(
            WORLD["post_url"],
            data=data,
            headers={**self.headers, "HX-Request": "true"},
            name="post",
            catch_response=True,
        ) as response:
            if response.status_code == 200 and marker in (response.text or ""):
                RESULTS["posts"].append({"token": token, "marker": marker, "server": self.server, "at": time.time()})
            else:
                RESULTS["post_failures"] += 1
                response.failure(f"post answered {response.status_code}")

    def agree(self):
        url = random.choice(WORLD["agree_urls"])
        action = "withdraw" if url in self.agreed else "agree"
        RESULTS["agrees_sent"] += 1
        with self.client.post(
            url,
            data={"csrfmiddlewaretoken": CSRF_SECRET, "action": action},
            headers={**self.headers, "HX-Request": "true"},
            name="agree",
            catch_response=True,
        ) as response:
            if response.status_code == 200:
                RESULTS["agrees_acknowledged"] += 1
                self.agreed ^= {url}
            else:
                response.failure(f"agree answered {response.status_code}")


@events.quitting.add_listener
def write_results(environment, **kwargs):
    results = {**RESULTS, "seen": {server: sorted(markers) for server, markers in RESULTS["seen"].items()}}
    with open(os.environ["LOADTEST_RESULTS"], "w") as file:
        json.dump(results, file)
