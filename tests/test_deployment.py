"""What a deployment configured as the README says needs, installed by requirements.txt."""

import re
from pathlib import Path

import environ
from django.utils.module_loading import import_string

ROOT = Path(__file__).resolve().parent.parent


def test_the_cache_the_readme_documents_can_be_used_with_the_pinned_requirements():
    readme = (ROOT / "README.md").read_text()
    url = re.search(r"`CACHE_URL` \(e\.g\. `([^`]+)`\)", readme).group(1)
    config = environ.Env.cache_url_config(url)
    backend = import_string(config["BACKEND"])(config["LOCATION"], {})

    # The backend loads its client library when it first connects; this needs no running server.
    assert backend._cache is not None
    assert re.search(r"^redis==", (ROOT / "requirements.txt").read_text(), re.MULTILINE)
