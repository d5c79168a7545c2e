"""Who may import: whoever may add an operational model under that library page."""

from models_library.models import ModelIndexPage, OperationalModelPage


def may_import_under(user, parent):
    return (
        isinstance(parent.specific, ModelIndexPage)
        and OperationalModelPage.can_create_at(parent)
        and parent.permissions_for_user(user).can_add_subpage()
    )


def may_read_summary(user, page):
    return page.permissions_for_user(user).can_edit()
