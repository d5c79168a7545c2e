"""Shared builders for co-development tests: groups, members, rounds in each state, boards and posts."""

import itertools
import time
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from codev import actions
from codev.models import CoDevelopmentGroup, Membership, Profile, Role, Round

PASSWORD = "kehittaja-salasana-2024"  # noqa: S105 - test accounts only

_numbers = itertools.count(1)


def make_group(project=None, models=(), name=None, **fields):
    number = next(_numbers)
    group = CoDevelopmentGroup.objects.create(
        name=name or f"Yhteiskehittämisryhmä {number}",
        slug=fields.pop("slug", f"ryhma-{number}"),
        project=project,
        **fields,
    )
    if models:
        group.operational_models.set(models)
    return group


def make_user(username, display_name=None, email=None):
    """A user with a profile; asking again for the same username returns the same user."""
    user, created = get_user_model().objects.get_or_create(
        username=username,
        defaults={"email": email or f"{username}@example.org"},
    )
    if created:
        user.set_password(PASSWORD)
        user.save(update_fields=["password"])
        Profile.objects.create(user=user, display_name=display_name or username.capitalize())
    return user


def add_member(group, username, role=Role.PROFESSIONAL, display_name=None, organisation=""):
    """The user's active membership in `group` (the user is created on first use)."""
    user = make_user(username, display_name)
    return Membership.objects.create(group=group, user=user, role=role, organisation=organisation)


def round_dates(state, now=None):
    """Feedback window and workshop times that put a round in `state` now."""
    now = now or timezone.now()
    day, hour = timedelta(days=1), timedelta(hours=1)
    if state == "open":
        opens, closes, workshop = now - 2 * day, now + 7 * day, now + 3 * day
    elif state == "upcoming":
        opens, closes, workshop = now + 5 * day, now + 20 * day, now + 15 * day
    elif state == "workshop":
        opens, closes, workshop = now - 7 * day, now + day, now - hour
    elif state == "closed":
        opens, closes, workshop = now - 30 * day, now - 10 * day, now - 12 * day
    else:
        raise ValueError(f"unknown round state {state!r}")
    return {
        "feedback_opens_at": opens,
        "feedback_closes_at": closes,
        "workshop_starts_at": workshop,
        "workshop_ends_at": workshop + 3 * hour,
    }


def make_round(group, number, state="open", pre_reading=(), **fields):
    values = {"theme": f"Kierros {number}", **round_dates(state), **fields}
    round_ = Round.objects.create(group=group, number=number, **values)
    if pre_reading:
        round_.pre_reading.set(pre_reading)
    return round_


def make_board(round_, model):
    return actions.create_board(round_, model)


def make_post(member, board, column=None, body="<p>Tämä toimii hyvin meillä.</p>", **kw):
    post, _created = actions.do_create_post(
        member=member,
        board=board,
        column=column or board.columns.first(),
        body=body,
        **kw,
    )
    return post


def code_for(device, *, steps_ahead=0):
    """The code the person's authenticator app shows now (or `steps_ahead` steps of 30 seconds later)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():0{device.digits}d}"


def pass_second_step(client, user):
    """After the password: the code from the user's app, as the person would type it."""
    device = TOTPDevice.objects.get(user=user, confirmed=True)
    response = client.post(reverse("codev:two_factor_verify"), {"code": code_for(device)})
    assert response.status_code == 302, response
    return response
