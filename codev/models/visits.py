"""When each member last opened a board, so the posts written since then stand out for them."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

# Page loads closer together than this are one visit: the reload after posting does not clear what was new.
VISIT_GAP = timedelta(minutes=30)


class BoardVisit(models.Model):
    board = models.ForeignKey("codev.Board", on_delete=models.CASCADE, related_name="visits", verbose_name=_("board"))
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    # The last page load, and the end of the visit before this one: posts after `new_since` are new.
    seen_at = models.DateTimeField(_("last opened"))
    new_since = models.DateTimeField(_("new posts since"))

    class Meta:
        verbose_name = _("board visit")
        verbose_name_plural = _("board visits")
        constraints = [models.UniqueConstraint(fields=["board", "user"], name="one_visit_record_per_board")]

    def __str__(self):
        return f"{self.user_id} on {self.board_id} at {self.seen_at:%Y-%m-%d %H:%M}"
