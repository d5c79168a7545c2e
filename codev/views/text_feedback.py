"""Feedback on a model's text: the tools a member gets on the version page, the notes of their groups' posts
beside the passages they quote, and the comment form that opens with the selected passage filled in.

The public page never changes: the tools come through the library's hooks for members only, and the notes in a
request of their own, so anonymous readers' pages stay as the page cache keeps them.
"""

import hashlib

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import get_template, render_to_string
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import never_cache

from codev import actions
from codev.forms.boards import PostForm
from codev.fragments import FRAGMENT_SECONDS
from codev.permissions import require_member
from codev.quotes import section_texts, sentences, squeeze
from codev.text_feedback import board_link, boards_state, memberships_on, notes_for, open_boards
from codev.two_factor import require_second_factor
from codev.views.boards import posted_message
from models_library.models import ModelVersion
from models_library.sections import SECTIONS_BY_KEY

QUOTE_PARAMETERS = ("section", "exact", "prefix", "suffix")
# Raise when the notes' template changes, so a deploy starts afresh.
NOTES_KEY_VERSION = 1


def memberships_for(request, page):
    """The viewer's memberships in the groups working on the model, looked up once per request."""
    if getattr(request, "is_preview", False):
        return []
    cache = request.__dict__.setdefault("_codev_memberships_on", {})
    if page.pk not in cache:
        cache[page.pk] = memberships_on(request.user, page)
    return cache[page.pk]


def comment_url(version):
    return reverse("codev:text_feedback_comment", args=(version.pk,))


def version_tools(request, page, version):
    """The version page's panel for members: how to comment, where notes appear, and the page's script."""
    memberships = memberships_for(request, page)
    if not memberships:
        return None
    context = {
        "version": version,
        "can_comment": any(membership.can_post for membership in memberships),
        "notes_url": reverse("codev:text_feedback_notes", args=(version.pk,)),
        "comment_url": comment_url(version),
    }
    return render_to_string("codev/text_feedback/version_tools.html", context, request=request)


def section_tools(request, page, version):
    """{section key: "Comment on this section"} for members who post: the whole section, or one of its sentences."""
    if not any(membership.can_post for membership in memberships_for(request, page)):
        return None
    template = get_template("codev/text_feedback/section_tools.html")
    url = comment_url(version)
    return {
        key: template.render(
            {"section": SECTIONS_BY_KEY[key], "sentences": sentences(text), "comment_url": url}, request
        )
        for key, text in section_texts(version, page).items()
    }


def get_version(version_pk):
    return get_object_or_404(ModelVersion.objects.select_related("page", "revision"), pk=version_pk)


@never_cache
@login_required
def version_notes(request, version_pk):
    """The notes of the posts the viewer may see on the version, for its page's script to put beside the text."""
    version = get_version(version_pk)
    memberships = memberships_for(request, version.page)
    if not memberships:
        raise PermissionDenied
    if any(membership.is_facilitator for membership in memberships):
        # Facilitators read anonymous authors' names here, as on their boards.
        require_second_factor(request.user)
    key = notes_key(request, version, memberships)
    html = cache.get(key)
    if html is None:
        context = {"version": version, "page": version.page, "notes": notes_for(request.user, memberships, version)}
        html = render_to_string("codev/text_feedback/notes.html", context, request=request)
        cache.set(key, html, FRAGMENT_SECONDS)
    return HttpResponse(html)


def notes_key(request, version, memberships):
    """The viewer's own notes of the version as their boards stand now: any change on those boards (a post, a
    hide, a decision), in their memberships or in the language makes a new key. Never shared between viewers."""
    state = (
        version.pk,
        request.user.pk,
        translation.get_language(),
        [(membership.group_id, membership.role) for membership in memberships],
        boards_state(memberships, version.page),
    )
    digest = hashlib.sha256(repr(state).encode()).hexdigest()[:32]
    return f"codev:text-notes:{NOTES_KEY_VERSION}:{version.pk}:{request.user.pk}:{digest}"


def quote_parameters(data):
    """The passage as the version page sent it; a section that does not exist is left out."""
    quote = {name: squeeze(data.get(name, "")) for name in QUOTE_PARAMETERS}
    if quote["section"] not in SECTIONS_BY_KEY:
        quote["section"] = ""
    return quote


def chosen_board(boards, data):
    """The board the member chose, or the only one; None while there is a choice to make."""
    if len(boards) == 1:
        return boards[0]
    wanted = data.get("board", "")
    return next((choice for choice in boards if str(choice[0].pk) == wanted), None)


@login_required
def comment(request, version_pk):
    """Comment on the version's text: the form opens with the passage, its section and version filled in, on
    the board of the member's group's open round (the member picks one when there are several)."""
    version = get_version(version_pk)
    page = version.page
    memberships = memberships_for(request, page)
    if not any(membership.can_post for membership in memberships):
        raise PermissionDenied
    data = request.POST if request.method == "POST" else request.GET
    quote = quote_parameters(data)
    boards = open_boards(memberships, page)
    context = {
        "version": version,
        "page": page,
        "quote": quote,
        "back_url": version.get_url(request, page)
        + (f"#{SECTIONS_BY_KEY[quote['section']].anchor}" if quote["section"] else ""),
        "boards": boards,
    }
    choice = chosen_board(boards, data)
    if choice is None:
        return render(request, "codev/text_feedback/comment.html", context)
    board, member = choice
    require_member(request.user, board.round.group)
    if request.method == "POST":
        form = PostForm(request.POST, board=board, member=member)
        if form.is_valid():
            response = create_post(request, form, board, member)
            if response:
                return response
    else:
        initial = {
            "section": quote["section"],
            "quote_exact": quote["exact"],
            "quote_prefix": quote["prefix"],
            "quote_suffix": quote["suffix"],
            "quote_version": version.pk,
        }
        form = PostForm(board=board, member=member, initial=initial)
    context.update(board=board, form=form)
    return render(request, "codev/text_feedback/comment.html", context, status=400 if form.errors else 200)


def create_post(request, form, board, member):
    """Send the post and go to it on the board; None when the action refused it (the reason is on the form)."""
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
        )
    except actions.FeedbackError as error:
        form.add_error(None, str(error))
        return None
    (messages.success if created else messages.info)(request, posted_message(post, created))
    return redirect(board_link(post))
