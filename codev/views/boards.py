"""The board of one model in a round: posts in columns, replies, agreements, and editing one's own posts.

Every change is a POST that works without JavaScript (it redirects back to the post) and also answers
htmx requests with just the re-rendered post, so the live layer can swap it in place.
"""

import uuid
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from codev import actions
from codev.forms.boards import BoardViewForm, EditPostForm, PostForm, ReplyForm
from codev.forms.columns import ColumnColoursForm
from codev.fragments import Viewer, post_html
from codev.models import Board, Column, Post, PostStatus
from codev.navigation import group_crumb, round_crumb
from codev.permissions import can_edit_post, require_member, viewer
from codev.triage import carried_forward
from codev.views.listing import PAGE_SIZE, board_rows, columns_for, fetcher, more_link, posts_for
from common.html_text import editable_text

# How often an open board asks for changes (codev.views.live answers).
POLL_SECONDS = 4
VIEW_PARAMETERS = ("sort", "small_group")


def view_query(params):
    """The board's sort and small-group choice as a query string, so every link and form keeps them."""
    return urlencode([(name, params[name]) for name in VIEW_PARAMETERS if params.get(name)])


def board_address(board, params, post_pk=None):
    """The board in the viewer's sort and small group; with a post, scrolled to it (`at` makes its column long
    enough to hold it, however far down it is)."""
    query = "&".join(filter(None, [view_query(params), f"at={post_pk}" if post_pk else ""]))
    address = reverse("codev:board", args=(board.pk,)) + (f"?{query}" if query else "")
    return address + (f"#post-{post_pk}" if post_pk else "")


def get_board(pk):
    return get_object_or_404(Board.objects.select_related("round__group", "operational_model"), pk=pk)


def get_post(request, pk):
    """The post and the viewer's membership in its group; a post the viewer may not see does not exist."""
    post = get_object_or_404(
        Post.objects.select_related("board__round__group", "board__operational_model", "parent"), pk=pk
    )
    member = require_member(request.user, post.board.round.group)
    if not Post.objects.filter(pk=post.pk).visible_to(request.user, member.is_facilitator).exists():
        raise Http404
    return post, member


def is_htmx(request):
    return bool(request.headers.get("HX-Request"))


def compose_address(board, params, column):
    """The board with the compose form open in `column`: what "+ Write" is without JavaScript."""
    query = "&".join(filter(None, [view_query(params), f"compose={column.pk}"]))
    return f"{reverse('codev:board', args=(board.pk,))}?{query}#compose-{column.pk}"


def compose_form(board, member, column, data=None, files=None, small_group=None):
    """The compact post form of one column, with ids of its own: several columns may have theirs open at once."""
    initial = {"column": column.pk, **({"small_group": small_group} if small_group else {})}
    return PostForm(data, files, board=board, member=member, initial=initial, auto_id=f"compose-{column.pk}-%s")


def chosen_column(value, columns):
    """The column `value` names among the board's `columns`; None when it names none of them."""
    value = str(value or "")
    return next((column for column in columns if str(column.pk) == value), None) if value.isdigit() else None


def render_board(request, board, member, *, post_form=None, compose_column=None, status=200):
    """The wall. The compose form is open in one column only when asked (`?compose=`) or when a post was
    refused, so the first screen shows posts."""
    view_form = BoardViewForm(request.GET, board=board)
    sort, small_group = view_form.choices()
    board_query = view_query(request.GET)
    rows = board_rows(request.user, board, member, sort, small_group)
    columns = columns_for(request, board, member, rows, board_query)
    takes_feedback = board.round.accepts_feedback()
    can_post = bool(member and member.can_post and takes_feedback)
    if can_post and post_form is None:
        compose_column = chosen_column(request.GET.get("compose"), [entry["column"] for entry in columns])
        if compose_column is not None:
            post_form = compose_form(board, member, compose_column, small_group=small_group)
    round_ = board.round
    return render(
        request,
        "codev/boards/board.html",
        {
            "group": round_.group,
            "round": round_,
            "board": board,
            "member": member,
            "columns": columns,
            "sort": sort,
            "small_group": small_group,
            "view_form": view_form,
            "board_query": board_query,
            "post_form": post_form,
            "compose_column": compose_column,
            "colours_form": (
                ColumnColoursForm(columns=[entry["column"] for entry in columns])
                if member and member.is_facilitator
                else None
            ),
            "takes_feedback": takes_feedback,
            "can_post": can_post,
            "poll_seconds": POLL_SECONDS,
            "carried_forward": carried_forward(board, with_history=bool(member and member.is_facilitator)),
            "workspace_crumbs": [
                group_crumb(round_.group),
                round_crumb(round_),
                {"title": board.operational_model.title, "url": ""},
            ],
        },
        status=status,
    )


def render_post(request, post, member):
    """Just the post's <li> (a reply re-renders its parent), for htmx: the same HTML the board shows."""
    board = post.board
    shown = posts_for(request.user, board, member).get(pk=post.parent_id or post.pk)
    html = post_html(Viewer(request, board, member), [shown], lambda pks: [shown], view_query(request.GET))
    return HttpResponse(html[shown.pk])


@login_required
def board_detail(request, pk):
    board = get_board(pk)
    member = viewer(request, board.round.group)
    actions.do_record_board_visit(user=request.user, board=board)
    return render_board(request, board, member)


@login_required
def board_compose(request, pk, column_pk):
    """The compose form of one column, fetched by the column's "+ Write" (htmx); without htmx, the board with
    that form open."""
    board = get_board(pk)
    member = require_member(request.user, board.round.group)
    column = get_object_or_404(Column, pk=column_pk, board=board)
    if not member.can_post:
        raise PermissionDenied
    if not is_htmx(request):
        return redirect(compose_address(board, request.GET, column))
    if not board.round.accepts_feedback():
        return HttpResponse(
            format_html('<p class="notice">{}</p>', _("This round does not take feedback now. You can read the board."))
        )
    small_group = BoardViewForm(request.GET, board=board).choices()[1]
    return render_compose(request, board, column, compose_form(board, member, column, small_group=small_group))


def render_compose(request, board, column, form):
    return render(
        request,
        "codev/boards/includes/post_form.html",
        {"board": board, "column": column, "post_form": form, "board_query": view_query(request.GET)},
    )


@login_required
@require_POST
def post_create(request, pk):
    board = get_board(pk)
    member = require_member(request.user, board.round.group)
    columns = list(board.columns.all())
    # A refused post comes back in the column it was written in, or the first when the column was junk.
    column = chosen_column(request.POST.get("column"), columns) or columns[0]
    form = compose_form(board, member, column, request.POST, request.FILES)
    if form.is_valid():
        data = form.cleaned_data
        try:
            post, created = actions.do_create_post(
                member=member,
                board=board,
                column=data["column"],
                body=data["body"],
                section=data["section"],
                quote=form.quote,
                is_anonymous=data["is_anonymous"],
                small_group=data["small_group"],
                client_token=data["client_token"],
                attachments=form.checked_attachments,
            )
        except actions.FeedbackError as error:
            form.add_error(None, str(error))
        else:
            message = posted_message(post, created)
            if is_htmx(request):
                return render_posted(request, board, member, post, message)
            (messages.success if created else messages.info)(request, message)
            return redirect(board_address(board, request.GET, post.pk))
    if is_htmx(request):
        # The form again with the text kept and the reason in it (2xx, so htmx shows it).
        return render_compose(request, board, column, form)
    return render_board(request, board, member, post_form=form, compose_column=column, status=400)


def posted_message(post, created):
    if not created:
        return _("This post was already sent; it is on the board once.")
    if post.status == PostStatus.PENDING:
        message = _("Your post was sent. It waits for a facilitator's approval before the other members see it.")
    else:
        message = _("Your post is on the board.")
    return message


def render_posted(request, board, member, post, message):
    """For htmx: the new post's <li> for its column (board-wall.js places it), and what to tell the member."""
    shown = posts_for(request.user, board, member).get(pk=post.pk)
    html = post_html(Viewer(request, board, member), [shown], lambda pks: [shown], view_query(request.GET))
    return render(
        request,
        "codev/boards/includes/posted.html",
        {"post": shown, "html": html[shown.pk], "message": message},
    )


@login_required
@require_POST
def reply_create(request, pk):
    post, member = get_post(request, pk)
    form = reply_form_for(post, request.POST, request.FILES)
    if form.is_valid():
        data = form.cleaned_data
        try:
            reply, created = actions.do_reply(
                member=member,
                post=post,
                body=data["body"],
                is_anonymous=data["is_anonymous"],
                client_token=data["client_token"],
                attachments=form.checked_attachments,
            )
        except actions.FeedbackError as error:
            form.add_error(None, str(error))
        else:
            if is_htmx(request):
                return render_post(request, reply, member)
            if created:
                messages.success(request, _("Your reply is on the board."))
            else:
                messages.info(request, _("This reply was already sent; it is on the board once."))
            return redirect(board_address(post.board, request.GET, reply.pk))
    # The form is shown again, with the text kept and the reason above it.
    return render_reply(request, post, member, form, status=400)


def reply_form_for(post, data=None, files=None):
    return ReplyForm(data, files, initial={"client_token": uuid.uuid4()}, auto_id=f"reply-{post.pk}-%s")


def render_reply(request, post, member, form, status=200):
    """The reply form alone for htmx (fetched when the member asks to reply); the post and the form as a page
    without JavaScript, and when a reply is refused."""
    board = post.board
    # A refused reply to a reply goes back to the original post, where replies belong.
    thread = post.parent or post
    back = board_address(board, request.GET, thread.pk)
    context = {"post": thread, "board": board, "form": form, "board_query": view_query(request.GET), "back": back}
    if is_htmx(request) and not form.is_bound:
        return render(request, "codev/boards/includes/reply_form.html", context)
    shown = post_html(Viewer(request, board, member), [thread], fetcher(request, board, member), context["board_query"])
    context.update(post_html=shown.get(thread.pk, ""), member=member, workspace_crumbs=crumbs(board, _("Reply")))
    if is_htmx(request):
        # As htmx answers every change: the post, here with the refused form under it (2xx, so htmx shows it).
        return render(request, "codev/boards/includes/reply_thread.html", context)
    return render(request, "codev/boards/reply.html", context, status=status)


@login_required
def reply_form(request, pk):
    post, member = get_post(request, pk)
    if post.parent_id or post.status != PostStatus.PUBLISHED or not member.can_post:
        raise Http404
    if not post.board.round.accepts_feedback():
        messages.error(request, _("This round does not take feedback now: its feedback window is closed."))
        return redirect(board_address(post.board, request.GET, post.pk))
    return render_reply(request, post, member, reply_form_for(post))


@login_required
def board_column(request, pk, column_pk):
    """The next page of one column's posts, for the board's "show more" (htmx); without htmx, the board."""
    board = get_board(pk)
    member = viewer(request, board.round.group)
    column = get_object_or_404(Column, pk=column_pk, board=board)
    offset = request.GET.get("offset", "")
    offset = int(offset) if offset.isdigit() and len(offset) < 7 else 0
    if not is_htmx(request):
        query = request.GET.copy()
        query.pop("offset", None)
        query[f"c{column.pk}"] = str(offset + PAGE_SIZE)
        return redirect(f"{reverse('codev:board', args=(board.pk,))}?{query.urlencode()}")
    sort, small_group = BoardViewForm(request.GET, board=board).choices()
    rows = board_rows(request.user, board, member, sort, small_group, column=column)
    page = rows[offset : offset + PAGE_SIZE]
    html = post_html(Viewer(request, board, member), page, fetcher(request, board, member), view_query(request.GET))
    return render(
        request,
        "codev/boards/includes/column_page.html",
        {
            "column": column,
            "posts": [html[row.pk] for row in page if row.pk in html],
            "more": more_link(board, column.pk, rows, offset + len(page), request.GET),
        },
    )


@login_required
@require_POST
def agree(request, pk):
    post, member = get_post(request, pk)
    action = request.POST.get("action")
    if action not in ("agree", "withdraw"):
        return HttpResponseBadRequest(_("Choose to agree or to withdraw your agreement."))
    try:
        actions.do_agree(member=member, post=post, agree=action == "agree")
    except actions.FeedbackError as error:
        if is_htmx(request):
            return HttpResponse(str(error), status=400, content_type="text/plain; charset=utf-8")
        messages.error(request, str(error))
    else:
        if is_htmx(request):
            return render_post(request, post, member)
        messages.success(
            request, _("You agree with this post.") if action == "agree" else _("You withdrew your agreement.")
        )
    return redirect(board_address(post.board, request.GET, post.pk))


def own_post(request, pk):
    post, member = get_post(request, pk)
    if post.author_id != request.user.pk:
        raise PermissionDenied
    return post, member


@login_required
def post_edit(request, pk):
    post, member = own_post(request, pk)
    board = post.board
    if request.method == "POST":
        form = EditPostForm(request.POST, post=post)
        if form.is_valid():
            try:
                actions.do_edit_post(
                    user=request.user,
                    post=post,
                    body=form.cleaned_data["body"],
                    section=form.cleaned_data.get("section"),
                    remove_attachments=form.cleaned_data.get("remove_attachments") or (),
                )
            except actions.FeedbackError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _("Your changes are saved."))
                return redirect(board_address(board, request.GET, post.pk))
        status = 400
    else:
        if not can_edit_post(request.user, post):
            messages.error(request, _("You can edit your own posts only while the round takes feedback."))
            return redirect(board_address(board, request.GET, post.pk))
        form = EditPostForm(initial={"body": editable_text(post.body), "section": post.section}, post=post)
        status = 200
    return render(
        request,
        "codev/boards/edit.html",
        {
            "post": post,
            "board": board,
            "member": member,
            "form": form,
            "board_query": view_query(request.GET),
            "back": board_address(board, request.GET, post.pk),
            "workspace_crumbs": crumbs(board, _("Edit post")),
        },
        status=status,
    )


@login_required
def post_delete(request, pk):
    post, member = own_post(request, pk)
    board = post.board
    if request.method == "POST":
        try:
            actions.do_remove_post(user=request.user, post=post)
        except actions.FeedbackError as error:
            messages.error(request, str(error))
            return redirect(board_address(board, request.GET, post.pk))
        messages.success(request, _("Your post was deleted."))
        return redirect(board_address(board, request.GET, post.parent_id))
    if not can_edit_post(request.user, post):
        messages.error(request, _("You can delete your own posts only while the round takes feedback."))
        return redirect(board_address(board, request.GET, post.pk))
    return render(
        request,
        "codev/boards/delete.html",
        {
            "post": post,
            "board": board,
            "member": member,
            "board_query": view_query(request.GET),
            "back": board_address(board, request.GET, post.pk),
            "keeps_replies": post.replies.exclude(status=PostStatus.REMOVED).exists(),
            "workspace_crumbs": crumbs(board, _("Delete post")),
        },
    )


def crumbs(board, title):
    round_ = board.round
    return [
        group_crumb(round_.group),
        round_crumb(round_),
        {"title": board.operational_model.title, "url": reverse("codev:board", args=(board.pk,))},
        {"title": title, "url": ""},
    ]
