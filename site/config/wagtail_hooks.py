from wagtail import hooks

from config.page_cache import mark_public_page


@hooks.register("before_serve_page")
def note_whether_page_is_public(page, request, serve_args, serve_kwargs):
    mark_public_page(page, request)
