"""PDF downloads of a ~5,000-word version: the first lays it out, the repeats read the stored file."""

import os
import statistics
import time

from django.core.files.storage import default_storage
from django.test import Client
from django.utils import translation

from models_library.documents.store import document_name
from models_library.models import ModelVersion, OperationalModelPage

REPEATS = 10


def timed_get(client, url):
    start, cpu_start = time.perf_counter(), time.process_time()
    response = client.get(url)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return (time.perf_counter() - start) * 1000, (time.process_time() - cpu_start) * 1000, response.status_code, body


# The title bench.content gives the long model at scale 1.
LONG_MODEL_TITLE = "Yhteisasiakkaan hoitopolku"


def print_document_downloads(notes, repeats=REPEATS):
    page = OperationalModelPage.objects.filter(title=LONG_MODEL_TITLE).first()
    if page is None:
        print("\nPDF download: skipped (no scenario built the long model)")
        return
    size = next((note for note in notes if note.startswith("long model ×1")), "")
    version = ModelVersion.objects.for_page(page).newest_first().first()
    with translation.override("fi"):
        url = page.url + page.reverse_subpage("publication_pdf", args=(version.number, version.correction))
    name = document_name("pdf", version, "fi", "pdf")
    if default_storage.exists(name):
        default_storage.delete(name)
    client = Client(HTTP_HOST="localhost")
    first_ms, first_cpu, status, body = timed_get(client, url)
    repeated = [timed_get(client, url) for _repeat in range(repeats)]
    repeat_ms = statistics.median(wall for wall, *_rest in repeated)
    repeat_cpu = statistics.median(cpu for _wall, cpu, *_rest in repeated)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    statuses = {status} | {code for _wall, _cpu, code, _body in repeated}
    print(
        f"\nPDF download of the long model's version {version.label} ({len(body) / 1024:.0f} KB), "
        f"load average {load:.1f} on {os.cpu_count()} CPUs"
    )
    print(f"  {size}")
    print(f"  first download (laid out):   {first_ms:8.1f} ms wall, {first_cpu:8.1f} ms CPU")
    print(f"  repeat, median of {repeats} (stored): {repeat_ms:6.1f} ms wall, {repeat_cpu:8.1f} ms CPU")
    print(
        f"  repeat / first: 1/{first_ms / repeat_ms:.0f} of the wall time, "
        f"1/{first_cpu / repeat_cpu:.0f} of the CPU time"
    )
    if statuses != {200}:
        print(f"  HTTP {sorted(statuses)}!")
