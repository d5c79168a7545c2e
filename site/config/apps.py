from django.apps import AppConfig


class SiteConfig(AppConfig):
    name = "config"
    verbose_name = "Mallipaja site"

    def ready(self):
        from config import (
            checks,  # noqa: F401 - registers the shared-state checks
            page_cache_invalidation,  # noqa: F401 - connects the page cache's receivers
        )
