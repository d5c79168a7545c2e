"""A round's files for members: the pre-reading pack (PDF) and the workshop and deadline for calendars (.ics)."""

from urllib.parse import urlsplit

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.decorators.http import require_GET

from codev.calendar import round_calendar
from codev.models import Round
from codev.permissions import require_member
from codev.pre_reading_pack import pre_reading_pack


def members_round(request, slug, number):
    round_ = get_object_or_404(Round.objects.select_related("group"), group__slug=slug, number=number)
    require_member(request.user, round_.group)
    return round_


def attachment(content, content_type, name):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    # The group's own material: no shared cache may keep it.
    response["Cache-Control"] = "private, no-store"
    return response


def round_address(request, round_):
    return request.build_absolute_uri(reverse("codev:round", args=(round_.group.slug, round_.number)))


@login_required
@require_GET
def pre_reading_pdf(request, slug, number):
    round_ = members_round(request, slug, number)
    content = pre_reading_pack(round_, round_address(request, round_), request)
    return attachment(content, "application/pdf", f"{round_.group.slug}-round-{round_.number}-pre-reading.pdf")


@login_required
@require_GET
def calendar_file(request, slug, number):
    round_ = members_round(request, slug, number)
    url = round_address(request, round_)
    content = round_calendar(round_, url, urlsplit(url).hostname or "mallipaja")
    return attachment(content, "text/calendar; charset=utf-8", f"{round_.group.slug}-round-{round_.number}.ics")
