"""Notification settings: the member's page of choices, and the one-click unsubscribe link of every email."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from codev.models import ModelFollow
from codev.notifications.delivery import user_for_token
from codev.notifications.forms import PreferencesForm
from codev.notifications.preferences import (
    do_set_follows,
    do_set_preferences,
    do_unsubscribe,
    group_models,
    preference_of,
)
from codev.throttle import limit_token_guesses

TEMPLATES = "codev/notifications/"


@login_required
def preferences(request):
    preference = preference_of(request.user)
    form = PreferencesForm(
        request.POST if request.method == "POST" else None,
        user=request.user,
        initial={
            "frequency": preference.frequency,
            "language": preference.language,
            "follows": list(ModelFollow.objects.filter(user=request.user).values_list("page_id", flat=True)),
        },
    )
    if request.method == "POST" and form.is_valid():
        do_set_preferences(
            user=request.user, frequency=form.cleaned_data["frequency"], language=form.cleaned_data["language"]
        )
        do_set_follows(user=request.user, pages=form.cleaned_data["follows"])
        messages.success(request, _("Your notification settings were saved."))
        return redirect("codev:notifications")
    return render(
        request,
        TEMPLATES + "preferences.html",
        {
            "form": form,
            "group_models": group_models(request.user),
            "workspace_crumbs": [{"title": _("Email notifications"), "url": ""}],
        },
    )


# Mail programs send the one-click unsubscribe (RFC 8058) as a POST without cookies or a CSRF token;
# the signed token in the address is what authorises it. A GET only asks, so link scanners change nothing.
@csrf_exempt
@require_http_methods(["GET", "POST"])
@limit_token_guesses("unsubscribe")
def unsubscribe(request, token):
    user = user_for_token(token)
    if user is None:
        return render(request, TEMPLATES + "unsubscribe_invalid.html", status=404)
    if request.method == "POST":
        do_unsubscribe(user)
        return render(request, TEMPLATES + "unsubscribed.html")
    return render(request, TEMPLATES + "unsubscribe.html")
