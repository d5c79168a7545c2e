"""Themes pages of a board, a round or a model across rounds (the group's facilitators only), and their curation.

Every curation step is a POST that works without JavaScript and redirects back to the page it came from.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from codev.actions import FeedbackError
from codev.models import CoDevelopmentGroup, Theme
from codev.navigation import group_crumb
from codev.permissions import require_facilitator
from codev.themes import actions
from codev.themes.clustering import MIN_POSTS_TO_GROUP
from codev.themes.forms import DismissForm, MergeForm, PostsForm, RenameForm, ThemeTriageForm
from codev.themes.overview import build
from codev.themes.scope import board_scope, model_scope, round_scope, scope_of


def wants_replies(request):
    return request.GET.get("replies") == "1"


def page_address(request):
    return request.get_full_path()


def run(request, scope):
    """One curation step from the page's POST; returns the message to show, or raises FeedbackError."""
    action = request.POST.get("action")
    actor = request.user
    if action == "adopt":
        themes = actions.do_adopt_themes(actor=actor, scope=scope)
        return ngettext("%(count)s theme kept for curating.", "%(count)s themes kept for curating.", len(themes)) % {
            "count": len(themes)
        }
    if action == "rename":
        form = valid(RenameForm(request.POST, scope=scope))
        theme = actions.do_rename_theme(actor=actor, theme=form.cleaned_data["theme"], name=form.cleaned_data["name"])
        return _("The theme is now called “%(name)s”.") % {"name": theme.name}
    if action == "dismiss":
        form = valid(DismissForm(request.POST, scope=scope))
        theme = actions.do_dismiss_theme(actor=actor, theme=form.cleaned_data["theme"])
        return _("The theme “%(name)s” is dismissed; its posts stay out of the other themes.") % {"name": theme.name}
    if action == "merge":
        form = valid(MergeForm(request.POST, scope=scope))
        theme = actions.do_merge_themes(
            actor=actor, themes=form.cleaned_data["themes_chosen"], name=form.cleaned_data["name"]
        )
        return _("The themes are merged into “%(name)s”.") % {"name": theme.name}
    if action in ("split", "move"):
        form = valid(PostsForm(request.POST, scope=scope))
        data = form.cleaned_data
        if action == "split":
            if not data["theme"]:
                raise FeedbackError(_("Choose a theme."))
            theme = actions.do_split_theme(actor=actor, theme=data["theme"], posts=data["posts"], name=data["name"])
            return _("The chosen posts are now the theme “%(name)s”.") % {"name": theme.name}
        if not data["target"]:
            raise FeedbackError(_("Choose the theme to move the posts to."))
        theme = actions.do_move_posts(actor=actor, posts=data["posts"], theme=data["target"], placing=not data["theme"])
        return ngettext(
            "%(count)s post moved to “%(name)s”.", "%(count)s posts moved to “%(name)s”.", len(data["posts"])
        ) % {"count": len(data["posts"]), "name": theme.name}
    raise FeedbackError(_("Choose what to do with the themes."))


def valid(form):
    if not form.is_valid():
        raise FeedbackError(" ".join(error for errors in form.errors.values() for error in errors))
    return form


def themes_page(request, group, scope, member):
    status = 200
    if request.method == "POST":
        try:
            done = run(request, scope)
        except FeedbackError as error:
            messages.error(request, str(error))
            status = 400
        else:
            messages.success(request, done)
            return redirect(page_address(request))
    overview = build(scope)
    themes = list(overview.themes)
    return render(
        request,
        "codev/themes/themes.html",
        {
            "group": group,
            "member": member,
            "scope": scope,
            "overview": overview,
            "themes": themes,
            "min_posts": MIN_POSTS_TO_GROUP,
            "include_replies": scope.include_replies,
            "triage_form": ThemeTriageForm(),
            "workspace_crumbs": [
                group_crumb(group),
                {"title": _("Themes: %(scope)s") % {"scope": scope.title}, "url": ""},
            ],
        },
        status=status,
    )


def facilitated_group(request, slug):
    group = get_object_or_404(CoDevelopmentGroup, slug=slug)
    return group, require_facilitator(request.user, group)


@login_required
def board_themes(request, slug, pk):
    group, member = facilitated_group(request, slug)
    return themes_page(request, group, board_scope(group, pk, include_replies=wants_replies(request)), member)


@login_required
def round_themes(request, slug, number):
    group, member = facilitated_group(request, slug)
    return themes_page(request, group, round_scope(group, number, include_replies=wants_replies(request)), member)


@login_required
def model_themes(request, slug, pk):
    group, member = facilitated_group(request, slug)
    return themes_page(request, group, model_scope(group, pk, include_replies=wants_replies(request)), member)


def themes_address(theme):
    scope = scope_of(theme)
    slug = theme.group.slug
    if scope.kind == "board":
        return reverse("codev:board_themes", args=(slug, scope.target.pk))
    if scope.kind == "round":
        return reverse("codev:round_themes", args=(slug, scope.target.number))
    return reverse("codev:model_themes", args=(slug, scope.target.pk))


@login_required
@require_POST
def theme_triage(request, slug, pk):
    """Every post of the theme to the same disposition, from the themes page or from triage filtered by it."""
    group, _member = facilitated_group(request, slug)
    theme = get_object_or_404(Theme.objects.curated().select_related("group", "board", "round"), pk=pk, group=group)
    form = ThemeTriageForm(request.POST)
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts=None) or not back.startswith("/"):
        back = themes_address(theme)
    if not form.is_valid():
        messages.error(request, " ".join(error for errors in form.errors.values() for error in errors))
        return redirect(back)
    try:
        result = actions.do_triage_theme(
            actor=request.user,
            theme=theme,
            disposition=form.cleaned_data["disposition"],
            note=form.cleaned_data["note"],
        )
    except FeedbackError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            ngettext("%(count)s post of “%(name)s” changed.", "%(count)s posts of “%(name)s” changed.", result.changed)
            % {"count": result.changed, "name": theme.name},
        )
    return redirect(back)
