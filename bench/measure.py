"""Times `Client.get` in-process, interleaving the pages, and counts the SQL queries of one request."""

import gc
import statistics
import time
from contextlib import nullcontext
from dataclasses import dataclass, field

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings


@dataclass
class Measurement:
    url: str
    status: int = 0
    size: int = 0
    times_ms: list[float] = field(default_factory=list)
    cpu_ms: list[float] = field(default_factory=list)
    queries: list[str] = field(default_factory=list)

    @property
    def median_ms(self):
        return statistics.median(self.times_ms)

    @property
    def p90_ms(self):
        if len(self.times_ms) < 2:
            return self.times_ms[0]
        return statistics.quantiles(self.times_ms, n=10, method="inclusive")[-1]

    @property
    def cpu_median_ms(self):
        """CPU time of this process: less disturbed than wall time when other work shares the machine."""
        return statistics.median(self.cpu_ms)

    @property
    def query_count(self):
        return len(self.queries)


def body(response):
    """The whole answer, read as a client would (WhiteNoise streams its files)."""
    return b"".join(response.streaming_content) if response.streaming else response.content


def measure_all(targets, runs):
    """Measure [(url, user or None, headers, settings, before or None)]: warm each up, capture one request's
    queries, then time. `before` runs ahead of each request, untimed (a cold page empties the cache there).

    The timed requests go round-robin over the pages, so a burst of load from elsewhere on the
    machine slows every page alike instead of skewing the ratios between them.
    """
    clients, results, overrides, befores = [], [], [], []
    for url, user, headers, scenario_settings, before in targets:
        client = Client(HTTP_HOST="localhost", headers=dict(headers))
        if user is not None:
            client.force_login(user)
        with settings_of(scenario_settings):
            body(client.get(url))
            if before:
                before()
            with CaptureQueriesContext(connection) as captured:
                response = client.get(url)
                size = len(body(response))
        # Read them now: captured_queries is a view of connection.queries, which each request resets.
        queries = [query["sql"] for query in captured.captured_queries]
        clients.append(client)
        overrides.append(scenario_settings)
        befores.append(before)
        results.append(Measurement(url=url, status=response.status_code, size=size, queries=queries))
    gc.collect()
    # Pages with a `before` (cold caches) are timed in a pass of their own, after the others: emptying the cache
    # between two warm pages would make the second one cold.
    for client, result, scenario_settings, before in zip(clients, results, overrides, befores, strict=True):
        if not before:
            with settings_of(scenario_settings):
                body(client.get(result.url))  # warm again what a cold page's emptying took
    for cold in (False, True):
        chosen = [index for index, before in enumerate(befores) if bool(before) == cold]
        for _round in range(runs if chosen else 0):
            for index in chosen:
                client, result, before = clients[index], results[index], befores[index]
                with settings_of(overrides[index]):
                    if before:
                        before()
                    start, cpu_start = time.perf_counter(), time.process_time()
                    body(client.get(result.url))
                    result.cpu_ms.append((time.process_time() - cpu_start) * 1000)
                    result.times_ms.append((time.perf_counter() - start) * 1000)
    return results


def settings_of(scenario_settings):
    """The scenario's settings (e.g. the page cache turned on), entered outside the timed part."""
    return override_settings(**scenario_settings) if scenario_settings else nullcontext()
