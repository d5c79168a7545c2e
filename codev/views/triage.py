"""The facilitators' triage page: a group's feedback filtered, 50 posts a page, decided one by one or in bulk."""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count, F, OuterRef, Prefetch, Q, Subquery
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from codev.actions import FeedbackError
from codev.forms.triage import ORDERS, DispositionForm, TriageFilterForm, group_posts
from codev.models import CoDevelopmentGroup, Disposition, DispositionChange, Membership, Role
from codev.navigation import group_crumb
from codev.permissions import require_facilitator
from codev.themes.forms import ThemeTriageForm
from codev.triage import SETTABLE_DISPOSITIONS, do_set_disposition, with_reaction_figures
from common.html_text import plain_text

PER_PAGE = 50
EXCERPT_LENGTH = 240


def done_message(disposition, count):
    if disposition == Disposition.CONSIDERING:
        return ngettext(
            "%(count)s post marked under consideration.", "%(count)s posts marked under consideration.", count
        ) % {"count": count}
    if disposition == Disposition.DECLINED:
        return ngettext(
            "%(count)s post declined; its author reads your reason.",
            "%(count)s posts declined; their authors read your reason.",
            count,
        ) % {"count": count}
    if disposition == Disposition.DEFERRED:
        return ngettext(
            "%(count)s post deferred to a later round.", "%(count)s posts deferred to a later round.", count
        ) % {"count": count}
    return ngettext("%(count)s post marked new again.", "%(count)s posts marked new again.", count) % {"count": count}


def kept_message(count):
    return ngettext(
        "%(count)s chosen post is already addressed in a version and keeps that record.",
        "%(count)s chosen posts are already addressed in a version and keep that record.",
        count,
    ) % {"count": count}


def query(chosen, **changes):
    """The filters as a query string, with some changed; empty values drop out so links stay short."""
    return urlencode([(name, value) for name, value in {**chosen, **changes}.items() if value])


def excerpt(body):
    return Truncator(plain_text(body)).chars(EXCERPT_LENGTH)


def in_triage_order(posts, order):
    fields = ORDERS[order][1] if order in ORDERS else ()
    by = [F(name[1:]).desc(nulls_last=True) for name in fields]
    return posts.order_by(*by, "-created_at", "-pk")


@login_required
def triage(request, slug):
    group = get_object_or_404(CoDevelopmentGroup, slug=slug)
    member = require_facilitator(request.user, group)
    filters = TriageFilterForm(request.GET, group=group)
    chosen = filters.chosen()
    if request.method == "POST":
        form = DispositionForm(request.POST, group=group)
        if form.is_valid():
            data = form.cleaned_data
            try:
                result = do_set_disposition(
                    actor=request.user, posts=data["posts"], disposition=data["disposition"], note=data["note"]
                )
            except FeedbackError as error:
                form.add_error(None, str(error))
            else:
                if result.changed:
                    messages.success(request, done_message(data["disposition"], result.changed))
                if result.kept_addressed:
                    messages.info(request, kept_message(result.kept_addressed))
                return redirect(request.get_full_path())
        status = 400
    else:
        form = DispositionForm(group=group)
        status = 200

    posts = (
        filters.apply(group_posts(group))
        .select_related(
            "board__round",
            "board__operational_model",
            "column",
            "author__codev_profile",
            "addressed_in",
            "disposition_by__codev_profile",
        )
        .prefetch_related(Prefetch("disposition_changes", queryset=DispositionChange.objects.for_history()))
        .annotate(
            agree_count=Count("reactions", distinct=True),
            author_role=Subquery(Membership.objects.filter(group=group, user=OuterRef("author_id")).values("role")[:1]),
        )
    )
    posts = in_triage_order(with_reaction_figures(posts), chosen.get("order", ""))
    page = Paginator(posts, PER_PAGE).get_page(request.GET.get("page"))
    for post in page:
        post.excerpt = excerpt(post.body)
        post.author_role_label = Role(post.author_role).label if post.author_role else ""
    counts = filters.apply(group_posts(group), skip=("disposition",)).aggregate(
        **{value: Count("pk", filter=Q(disposition=value)) for value in Disposition.values}
    )
    checked = {str(pk) for pk in request.POST.getlist("posts")} if request.method == "POST" else set()
    return render(
        request,
        "codev/triage/triage.html",
        {
            "group": group,
            "member": member,
            "filters": filters,
            "chosen": chosen,
            "page": page,
            "page_range": page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1),
            "page_query": query(chosen, page=str(page.number) if page.number > 1 else ""),
            "facets": [
                {
                    "value": value,
                    "label": label,
                    "count": counts[value],
                    "query": query(chosen, disposition=value),
                    "current": chosen.get("disposition") == value,
                }
                for value, label in Disposition.choices
            ],
            "all_query": query(chosen, disposition=""),
            "total": sum(counts.values()),
            "form": form,
            "settable": [(value, Disposition(value).label) for value in SETTABLE_DISPOSITIONS],
            "checked": checked,
            "chosen_theme": filters.chosen_theme(),
            "theme_triage_form": ThemeTriageForm(),
            "workspace_crumbs": [group_crumb(group), {"title": _("Triage of feedback"), "url": ""}],
        },
        status=status,
    )
