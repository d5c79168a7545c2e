"""Builds the benchmark's database once and reuses it: a copy of the SQLite file and media, with the URL and user
of each scenario, kept in .bench-cache/ under a key of everything that shapes the data (the bench's and the
factories' code, the migrations, the model count and the scenarios chosen). `--rebuild` ignores the copy."""

import hashlib
import json
import shutil
from pathlib import Path

from .environment import REPO_ROOT

CACHE_DIR = REPO_ROOT / ".bench-cache"
SHAPING = ["bench/*.py", "tests/factories.py", "tests/codev_factories.py", "*/migrations/*.py"]


def data_key(model_count, scenario_keys):
    digest = hashlib.sha256(f"{model_count}:{','.join(sorted(scenario_keys))}".encode())
    for pattern in SHAPING:
        for path in sorted(REPO_ROOT.glob(pattern)):
            digest.update(path.relative_to(REPO_ROOT).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def restore(key, workdir):
    """Copy a stored database and media into `workdir`; returns the stored targets, or None."""
    stored = CACHE_DIR / key
    if not (stored / "targets.json").is_file():
        return None
    shutil.copy2(stored / "bench.sqlite3", Path(workdir) / "bench.sqlite3")
    if (stored / "media").is_dir():
        shutil.copytree(stored / "media", Path(workdir) / "media")
    return json.loads((stored / "targets.json").read_text())


def save(key, workdir, targets):
    """Keep the built database, media and targets; only the newest copy is kept."""
    from django.db import connections

    connections.close_all()
    if CACHE_DIR.is_dir():
        shutil.rmtree(CACHE_DIR)
    stored = CACHE_DIR / key
    stored.mkdir(parents=True)
    shutil.copy2(Path(workdir) / "bench.sqlite3", stored / "bench.sqlite3")
    if (Path(workdir) / "media").is_dir():
        shutil.copytree(Path(workdir) / "media", stored / "media")
    (stored / "targets.json").write_text(json.dumps(targets))
