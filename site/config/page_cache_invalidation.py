"""What makes the cached public pages stale: publishing, unpublishing, moving or deleting a page, and the
feedback figures that public version pages show. Snippets (glossary, regions) and settings age out with
PAGE_CACHE_SECONDS."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from codev.models import VersionResponse
from codev.signals import post_addressed
from config.page_cache import invalidate_public_pages


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
@receiver(page_slug_changed)
@receiver(post_addressed)
def page_tree_changed(**kwargs):
    invalidate_public_pages()


@receiver(post_delete)
def page_deleted(sender, **kwargs):
    if issubclass(sender, Page):
        invalidate_public_pages()


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
@receiver(post_save, sender=VersionResponse)
@receiver(post_delete, sender=VersionResponse)
def restriction_or_response_changed(**kwargs):
    invalidate_public_pages()
