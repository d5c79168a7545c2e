"""Turning two-step sign-in off: for members who chose it, with a current code; not for roles that require it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from codev.forms.two_factor import CodeForm
from codev.two_factor import (
    do_disable,
    do_verify,
    has_second_factor,
    is_enforced,
    must_use_second_factor,
    verified_required,
)


@login_required
@verified_required
def disable(request):
    user = request.user
    if not has_second_factor(user):
        return redirect("codev:two_factor")
    required = is_enforced() and must_use_second_factor(user)
    form = CodeForm(request.POST if request.method == "POST" and not required else None)
    if form.is_bound and form.is_valid():
        if do_verify(user=user, code=form.cleaned_data["code"]) is None:
            form.add_error("code", _("The code did not match. Type the code the app shows now."))
        else:
            do_disable(user=user)
            messages.success(request, _("Two-step sign-in is off. You sign in with your password only."))
            return redirect("codev:two_factor")
    return render(
        request,
        "codev/two_factor/disable.html",
        {
            "form": form,
            "required": required,
            "workspace_crumbs": [
                {"title": _("Two-step sign-in"), "url": reverse("codev:two_factor")},
                {"title": _("Turn off two-step sign-in"), "url": ""},
            ],
        },
        status=403 if required else 200,
    )
