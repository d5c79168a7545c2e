"""Where posts stand in their columns: a new post on top, a moved one exactly where the facilitator put it.

Places are numbers, highest first (codev.views.listing.in_order). Moving a post between two others renumbers
only the posts of that column that have to make room; their HTML does not change, so they keep their change
number and no viewer downloads them again: the live update places the moved post by its neighbour.
"""

from django.db.models import Max

from codev.models import Post


def top_position(board):
    """A place above every post of the board, so above every post of any of its columns."""
    highest = Post.objects.filter(board=board, parent__isnull=True).aggregate(highest=Max("position"))["highest"]
    return (highest or 0) + 1


def column_in_order(column, leaving_out):
    """The column's posts as its readers see them in the board's own order (pinned first), but for one."""
    return list(
        Post.objects.filter(column=column, parent__isnull=True)
        .exclude(pk=leaving_out.pk)
        .order_by("-is_pinned", "-position", "-created_at", "-pk")
        .only("pk", "position")
    )


def place(post, column, *, before=None, after=None):
    """Put `post` in `column` just above `before`, just below `after`, or, with neither, on top.

    Saves the other posts that had to move; the caller saves `post` itself (its column and position).
    """
    top = top_position(post.board)
    if before is None and after is None:
        post.position = top
        return
    others = column_in_order(column, post)
    anchor = before or after
    index = next(index for index, other in enumerate(others) if other.pk == anchor.pk)
    others.insert(index if before is not None else index + 1, post)
    changed = []
    for offset, found in enumerate(others):
        wanted = top - offset
        if found.position != wanted:
            found.position = wanted
            if found is not post:
                changed.append(found)
    Post.objects.bulk_update(changed, ["position"], batch_size=500)
