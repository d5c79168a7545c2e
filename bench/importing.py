"""Import benchmark: wall and CPU time of reading and of importing (as a draft) Innokylä text and Word files.

Run with `python -m bench.importing [--runs N]`; `make bench` runs it after the page benchmark.
"""

import argparse
import io
import os
import statistics
import tempfile
import time

from .environment import REPO_ROOT, bootstrap, migrate

SEEDS = {
    "Innokylä project page (001, text)": REPO_ROOT / "tests/data/innokyla_001_tulevaisuuden_lastensuojelu.txt",
    "Innokylä model page (002, text)": REPO_ROOT / "tests/data/innokyla_002_monialainen_yhteistyo.txt",
}
SECTION_HEADINGS = [
    "Ratkaisun perusidea",
    "Toimintaympäristö",
    "2.3 Toimivuuden ja käyttöönoton ehdot:",
    "Toteutus",
    "Resurser",
    "Arviointi ja vaikutukset **",
    "Budjetti ja aikataulu",
    "Kohderyhmä ja asiakasymmärrys",
]


def word_document(words=5000):
    """A .docx of about `words` words: eight headings, each with paragraphs, a list and a table."""
    import docx

    document = docx.Document()
    document.add_heading("Vertailumalli", 0)
    sentence = "Perhetyöntekijä ja nuori sopivat yhdessä seuraavan tapaamisen tavoitteista ja työnjaosta. "
    per_section = words // len(SECTION_HEADINGS)
    for heading in SECTION_HEADINGS:
        document.add_heading(heading, 1)
        for _ in range(per_section // 60):
            document.add_paragraph(sentence * 5)
        for item in ("Ensimmäinen", "Toinen", "Kolmas"):
            document.add_paragraph(f"{item} vaihe", style="List Bullet")
        table = document.add_table(rows=4, cols=3)
        for row in table.rows:
            for cell in row.cells:
                cell.text = "Solu"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def timed(action, runs):
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls) * 1000, statistics.median(cpus) * 1000


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench.importing", description=__doc__)
    parser.add_argument("--runs", type=int, default=10, help="timed imports per input (default 10)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-import-") as workdir:
        bootstrap(workdir)
        migrate()
        from models_library.importing.actions import do_import_model, read_source
        from models_library.importing.assembly import assemble
        from testing.factories import build_site

        library = build_site()["library"]
        inputs = {name: path.read_bytes() for name, path in SEEDS.items()}
        inputs["Word document, 5,000 words"] = word_document()
        print(
            f"Import times, median of {args.runs} (after one warm-up); SQLite; "
            f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
        )
        print(f"{'input':<38} {'KB':>6} {'read wall ms':>13} {'read CPU ms':>12} {'import wall ms':>15} {'CPU ms':>8}")
        for name, data in inputs.items():
            do_import_model(parent=library, user=None, data=data)  # warm-up: caches of heading names, templates

            def read(data=data):
                assemble(read_source(data=data))

            def draft(data=data):
                do_import_model(parent=library, user=None, data=data)

            read_wall, read_cpu = timed(read, args.runs)
            import_wall, import_cpu = timed(draft, args.runs)
            print(
                f"{name:<38} {len(data) / 1024:>6.0f} {read_wall:>13.0f} {read_cpu:>12.0f} "
                f"{import_wall:>15.0f} {import_cpu:>8.0f}"
            )
        print(f"load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
