"""Two-step sign-in: members may turn it on; facilitators and staff must use it for names and the admin."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from codev.models import Role, TwoFactorEvent, TwoFactorEventKind
from codev.two_factor import do_create_recovery_codes
from testing.codev_factories import PASSWORD, add_member, code_for, make_board, make_group, make_post, make_round
from tests.codev.test_admin import grant_admin

pytestmark = pytest.mark.django_db


def url(name, *args):
    """Addresses in English, so that the tests read the English wording whatever the translations say."""
    with translation.override("en"):
        return reverse(f"codev:{name}", args=args)


def give_authenticator(user):
    """An app set up earlier, and its ten recovery codes."""
    device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
    return device, do_create_recovery_codes(user=user)


def sign_in_with_password(client, user, next_url="/en/codev/"):
    return client.post(
        reverse("login"), {"username": user.username, "password": PASSWORD, "next": next_url}, follow=False
    )


def texts(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.fixture
def enforced(settings):
    settings.CODEV_2FA_REQUIRED = True
    return settings


@pytest.fixture
def posts(board, member):
    return make_post(member, board, body="<p>Nimetön palaute.</p>", is_anonymous=True)


# Setting up


def test_member_sets_up_an_app_from_an_inline_qr_code_and_sees_ten_recovery_codes_once(client, member):
    client.force_login(member.user)

    page = client.get(url("two_factor_setup"))
    html = page.content.decode()
    device = TOTPDevice.objects.get(user=member.user, confirmed=False)
    secret = page.context["secret"]

    qr_code = html[html.index("<svg") : html.index("</svg>")]
    assert "<?xml" not in html and "<script" not in qr_code
    assert secret.replace(" ", "") in html.replace(" ", "")
    assert 'autocomplete="one-time-code"' in html and 'inputmode="numeric"' in html
    assert '<label for="id_code">' in html

    confirmed = client.post(url("two_factor_setup"), {"code": code_for(device), "next": "/en/codev/"})
    assert confirmed.status_code == 302 and confirmed.url.startswith(url("two_factor_recovery_codes"))
    codes_page = client.get(confirmed.url)
    codes = codes_page.context["codes"]

    assert len(codes) == len(set(codes)) == 10
    assert all(code in codes_page.content.decode() for code in codes)
    assert TOTPDevice.objects.get(pk=device.pk).confirmed
    assert client.get(url("two_factor_recovery_codes")).context["codes"] is None
    assert list(TwoFactorEvent.objects.filter(user=member.user).values_list("kind", flat=True)) == [
        TwoFactorEventKind.RECOVERY_CODES_CREATED,
        TwoFactorEventKind.ENABLED,
    ]


def test_reloading_the_setup_page_keeps_the_same_qr_code(client, member):
    client.force_login(member.user)

    first = client.get(url("two_factor_setup")).context["secret"]
    second = client.get(url("two_factor_setup")).context["secret"]

    assert first == second
    assert TOTPDevice.objects.filter(user=member.user).count() == 1


def test_a_wrong_first_code_is_refused_with_the_error_on_the_field(client, member):
    client.force_login(member.user)
    client.get(url("two_factor_setup"))
    device = TOTPDevice.objects.get(user=member.user)
    wrong = f"{(int(code_for(device)) + 1) % 1_000_000:06d}"

    with translation.override("en"):
        page = client.post(url("two_factor_setup"), {"code": wrong})
    html = page.content.decode()

    assert page.status_code == 200
    assert 'aria-invalid="true"' in html and 'aria-describedby="id_code_helptext id_code_error"' in html
    assert 'id="id_code_error"' in html and "The code did not match" in html
    assert not TOTPDevice.objects.filter(user=member.user, confirmed=True).exists()


def test_letters_are_not_a_code(client, member):
    client.force_login(member.user)
    client.get(url("two_factor_setup"))

    with translation.override("en"):
        page = client.post(url("two_factor_setup"), {"code": "abcdef"})

    assert "Write the six digits that the app shows." in page.content.decode()


# Signing in


def test_after_the_password_a_member_with_an_app_must_type_the_code_before_any_workspace_page(client, member):
    device, _codes = give_authenticator(member.user)

    after_password = sign_in_with_password(client, member.user, next_url=url("home"))
    assert after_password.url == url("home")
    held = client.get(url("home"))
    assert held.status_code == 302 and held.url.startswith(url("two_factor_verify"))
    assert client.get(url("notifications")).url.startswith(url("two_factor_verify"))
    assert client.get(url("two_factor_recovery_codes")).url.startswith(url("two_factor_verify"))

    verified = client.post(url("two_factor_verify"), {"code": code_for(device), "next": url("home")})

    assert verified.status_code == 302 and verified.url == url("home")
    assert client.get(url("home")).status_code == 200


def test_the_second_step_page_is_accessible_and_offers_a_way_out(client, member):
    give_authenticator(member.user)
    sign_in_with_password(client, member.user)

    html = client.get(url("two_factor_verify")).content.decode()

    assert '<label for="id_code">' in html and '<label for="id_recovery_code">' in html
    assert 'autocomplete="one-time-code"' in html and 'inputmode="numeric"' in html
    assert reverse("logout") in html


def test_a_wrong_code_is_refused_and_the_person_stays_at_the_second_step(client, member):
    device, _codes = give_authenticator(member.user)
    sign_in_with_password(client, member.user)
    wrong = f"{(int(code_for(device)) + 1) % 1_000_000:06d}"

    with translation.override("en"):
        page = client.post(url("two_factor_verify"), {"code": wrong})

    assert page.status_code == 200
    assert "The code did not match" in page.content.decode()
    assert 'aria-invalid="true"' in page.content.decode()
    assert client.get(url("home")).url.startswith(url("two_factor_verify"))


def test_a_code_works_once_even_in_another_session(client, member, django_user_model):
    from django.test import Client

    device, _codes = give_authenticator(member.user)
    code = code_for(device)
    sign_in_with_password(client, member.user)
    assert client.post(url("two_factor_verify"), {"code": code}).status_code == 302

    other = Client()
    sign_in_with_password(other, member.user)
    with translation.override("en"):
        reused = other.post(url("two_factor_verify"), {"code": code})

    assert reused.status_code == 200 and "used already" in reused.content.decode()


def test_wrong_codes_make_the_person_wait(client, member, settings):
    # A minute's wait after one wrong code, so that a slow test machine cannot outwait it.
    settings.OTP_TOTP_THROTTLE_FACTOR = 60
    device, _codes = give_authenticator(member.user)
    sign_in_with_password(client, member.user)
    wrong = f"{(int(code_for(device)) + 1) % 1_000_000:06d}"
    client.post(url("two_factor_verify"), {"code": wrong})

    with translation.override("en"):
        right_too_soon = client.post(url("two_factor_verify"), {"code": code_for(device)})

    assert "Too many wrong codes" in right_too_soon.content.decode()


def test_a_recovery_code_signs_in_once(client, member):
    _device, codes = give_authenticator(member.user)
    sign_in_with_password(client, member.user)

    used = client.post(url("two_factor_verify"), {"recovery_code": codes[0].upper()})
    assert used.status_code == 302
    assert any("9" in text for text in texts(used))
    assert TwoFactorEvent.objects.filter(user=member.user, kind=TwoFactorEventKind.RECOVERY_CODE_USED).exists()

    client.logout()
    sign_in_with_password(client, member.user)
    with translation.override("en"):
        again = client.post(url("two_factor_verify"), {"recovery_code": codes[0]})

    assert again.status_code == 200 and "Each code works only once" in again.content.decode()
    assert StaticToken.objects.filter(device__user=member.user).count() == 9


def test_new_recovery_codes_replace_the_old_ones(client, member):
    device, old_codes = give_authenticator(member.user)
    sign_in_with_password(client, member.user)
    client.post(url("two_factor_verify"), {"code": code_for(device)})

    created = client.post(url("two_factor_recovery_codes"))
    new_codes = client.get(created.url).context["codes"]

    assert len(new_codes) == 10 and not set(new_codes) & set(old_codes)
    assert set(StaticToken.objects.filter(device__user=member.user).values_list("token", flat=True)) == set(new_codes)


def test_a_session_signed_in_before_the_app_was_set_up_cannot_manage_it_without_a_code(client, member):
    client.force_login(member.user)
    give_authenticator(member.user)

    assert client.post(url("two_factor_recovery_codes")).url.startswith(url("two_factor_verify"))
    assert client.post(url("two_factor_disable"), {"code": "123456"}).url.startswith(url("two_factor_verify"))


def test_an_outside_next_address_is_not_followed(client, member):
    device, _codes = give_authenticator(member.user)
    sign_in_with_password(client, member.user)

    verified = client.post(url("two_factor_verify"), {"code": code_for(device), "next": "https://evil.example/"})

    assert verified.url == reverse("codev:home")


# Turning it off


def test_member_turns_two_step_sign_in_off_with_a_current_code(client, member, enforced):
    device, _codes = give_authenticator(member.user)
    sign_in_with_password(client, member.user)
    client.post(url("two_factor_verify"), {"code": code_for(device)})

    off = client.post(url("two_factor_disable"), {"code": code_for(device, steps_ahead=1)})

    assert off.status_code == 302
    assert not TOTPDevice.objects.filter(user=member.user).exists()
    assert not StaticToken.objects.filter(device__user=member.user).exists()
    assert TwoFactorEvent.objects.filter(user=member.user, kind=TwoFactorEventKind.DISABLED).exists()
    client.logout()
    assert sign_in_with_password(client, member.user, next_url=url("home")).url == url("home")
    assert client.get(url("home")).status_code == 200


def test_facilitator_cannot_turn_it_off_while_it_is_required(client, facilitator, enforced):
    device, _codes = give_authenticator(facilitator.user)
    sign_in_with_password(client, facilitator.user)
    client.post(url("two_factor_verify"), {"code": code_for(device)})

    refused = client.post(url("two_factor_disable"), {"code": code_for(device, steps_ahead=1)})

    assert refused.status_code == 403
    assert TOTPDevice.objects.filter(user=facilitator.user, confirmed=True).exists()
    assert url("two_factor_disable") not in client.get(url("two_factor")).content.decode()


# Enforcement


FACILITATOR_PAGES = [
    ("triage", lambda group, board: (group.slug,)),
    ("dashboard", lambda group, board: (group.slug,)),
    ("dashboard_export_json", lambda group, board: (group.slug,)),
    ("process", lambda group, board: (group.slug,)),
    ("board", lambda group, board: (board.pk,)),
    ("board_changes", lambda group, board: (board.pk,)),
    ("group", lambda group, board: (group.slug,)),
    ("small_groups", lambda group, board: (board.round.pk,)),
]


@pytest.mark.parametrize(("name", "args"), FACILITATOR_PAGES, ids=[name for name, _args in FACILITATOR_PAGES])
def test_facilitator_without_an_app_is_sent_to_set_one_up(client, group, board, facilitator, enforced, name, args):
    client.force_login(facilitator.user)
    address = url(name, *args(group, board))

    sent = client.get(address)

    assert sent.status_code == 302
    assert sent.url == f"{url('two_factor_setup')}?next={address.replace('/', '%2F')}"


def test_facilitator_with_an_app_is_sent_to_type_the_code_and_then_sees_the_names(
    client, group, board, facilitator, posts, enforced
):
    device, _codes = give_authenticator(facilitator.user)
    client.force_login(facilitator.user)
    address = url("board", board.pk)

    sent = client.get(address)
    assert sent.url.startswith(url("two_factor_verify"))
    client.post(url("two_factor_verify"), {"code": code_for(device), "next": address})
    shown = client.get(address)

    assert shown.status_code == 200 and "Ammattilainen Aino" in shown.content.decode()


def test_after_setting_up_the_facilitator_returns_to_the_page_they_were_going_to(client, group, facilitator, enforced):
    client.force_login(facilitator.user)
    triage = url("triage", group.slug)
    setup = client.get(triage).url
    client.get(setup)
    device = TOTPDevice.objects.get(user=facilitator.user)

    confirmed = client.post(url("two_factor_setup"), {"code": code_for(device), "next": triage})
    codes_page = client.get(confirmed.url)

    assert codes_page.context["next"] == triage
    assert client.get(triage).status_code == 200


def test_members_are_not_asked_for_a_second_factor(client, group, board, member, enforced):
    client.force_login(member.user)

    for address in (url("home"), url("group", group.slug), url("board", board.pk), url("notifications")):
        assert client.get(address).status_code == 200, address


def test_facilitator_of_group_a_is_asked_in_group_a_but_takes_part_in_group_b_as_a_member(
    client, model, group, board, facilitator, enforced
):
    group_b = make_group(models=[model], name="Toinen ryhmä")
    add_member(group_b, facilitator.user.username, Role.PROFESSIONAL)
    board_b = make_board(make_round(group_b, 1, "open"), model)
    client.force_login(facilitator.user)

    assert client.get(url("board", board_b.pk)).status_code == 200
    assert client.get(url("triage", group_b.slug)).status_code == 403
    assert client.get(url("board", board.pk)).url.startswith(url("two_factor_setup"))


def test_without_enforcement_facilitators_work_as_before(client, group, facilitator, settings):
    settings.CODEV_2FA_REQUIRED = False
    client.force_login(facilitator.user)

    assert client.get(url("triage", group.slug)).status_code == 200
    assert client.get(url("two_factor_setup")).context["required"] is False


def test_every_admin_view_asks_staff_for_the_second_factor(client, facilitator, enforced):
    grant_admin(facilitator.user)
    client.force_login(facilitator.user)

    for address in ("/admin/", "/admin/pages/", reverse("codev_rounds:index"), "/admin/account/"):
        sent = client.get(address)
        assert sent.status_code == 302 and sent.url.startswith(reverse("codev:two_factor_setup")), address


def test_superuser_with_an_app_types_the_code_and_reaches_the_admin(client, enforced):
    boss = get_user_model().objects.create_superuser("paakayttaja", "paa@example.org", PASSWORD)
    device, _codes = give_authenticator(boss)
    client.post(reverse("wagtailadmin_login"), {"username": boss.username, "password": PASSWORD})

    sent = client.get("/admin/")
    assert sent.url.startswith(reverse("codev:two_factor_verify"))
    client.post(sent.url, {"code": code_for(device), "next": "/admin/"})

    assert client.get("/admin/").status_code == 200


def test_the_admin_sign_in_page_stays_open(client, enforced):
    boss = get_user_model().objects.create_superuser("paakayttaja", "paa@example.org", PASSWORD)
    client.force_login(boss)

    assert client.get(reverse("wagtailadmin_logout")).status_code in (200, 302, 405)
    assert client.get(reverse("wagtailadmin_login")).status_code in (200, 302)


def test_a_member_in_the_admin_gets_the_admins_own_refusal_not_a_second_step(client, member, enforced):
    client.force_login(member.user)

    response = client.get("/admin/")

    assert "two-step" not in response.url


def test_the_second_step_costs_a_signed_in_member_no_queries(client, group, member, settings):
    client.force_login(member.user)
    address = url("group", group.slug)
    client.get(address)
    with CaptureQueriesContext(connection) as with_check:
        client.get(address)
    settings.MIDDLEWARE = [name for name in settings.MIDDLEWARE if name != "codev.middleware.SecondFactorMiddleware"]
    with CaptureQueriesContext(connection) as without_check:
        client.get(address)

    assert len(with_check) == len(without_check)


def test_every_new_app_gets_its_own_key(client, member):
    client.force_login(member.user)
    client.get(url("two_factor_setup"))
    other = add_member(make_group(), "toinen", Role.PROFESSIONAL)
    client.force_login(other.user)
    client.get(url("two_factor_setup"))

    keys = set(TOTPDevice.objects.values_list("key", flat=True))

    assert len(keys) == 2 and all(re.fullmatch(r"[0-9a-f]{40}", key) for key in keys)
