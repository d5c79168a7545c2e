"""A draft of a board's round summary from its curated themes: counts, sections and the quotes a facilitator picks.

Only what the posts say goes in: no name of any member, and no sentence the feedback does not support.
"""

from collections import Counter

from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from models_library.sections import SECTIONS

QUOTE_LENGTH = 280
MOST_DISCUSSED = 3


def section_counts(posts):
    return Counter(post.section for post in posts if post.section)


def draft_text(board, themes, posts, quotes):
    """`themes` are the board's curated ThemeViews, `posts` every post grouped, `quotes` the posts picked to quote."""
    lines = [
        ngettext(
            "The round's board on %(model)s had %(count)s post.",
            "The round's board on %(model)s had %(count)s posts.",
            len(posts),
        )
        % {"model": board.operational_model.title, "count": len(posts)},
        "",
    ]
    if themes:
        lines.append(_("Themes of the feedback:"))
        for view in themes:
            lines.append(
                "- "
                + ngettext(
                    "%(name)s: %(count)s post, %(agreements)s agreements",
                    "%(name)s: %(count)s posts, %(agreements)s agreements",
                    len(view.posts),
                )
                % {"name": view.name, "count": len(view.posts), "agreements": view.agreements}
            )
        lines.append("")
    counted = section_counts(posts)
    labels = {section.key: str(section.label) for section in SECTIONS}
    if counted:
        most = sorted(counted.items(), key=lambda item: (-item[1], item[0]))[:MOST_DISCUSSED]
        lines.append(
            _("Sections discussed most: %(sections)s.")
            % {"sections": ", ".join(f"{labels.get(key, key)} ({count})" for key, count in most)}
        )
    silent = [str(section.label) for section in SECTIONS if section.key not in counted]
    if silent:
        lines.append(_("Sections with no feedback: %(sections)s.") % {"sections": ", ".join(silent)})
    if quotes:
        lines += ["", _("From the feedback:")]
        lines += [f"“{Truncator(post.text).chars(QUOTE_LENGTH)}”" for post in quotes]
    return "\n".join(lines).strip()
