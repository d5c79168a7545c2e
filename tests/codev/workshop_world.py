"""A world for workshop mode and moving posts: two groups on one model, each with a facilitator and a member,
and someone in no group. Group A's board has three posts in its first column and one in its second."""

from types import SimpleNamespace

from django.test import Client

from codev.models import Role
from testing.codev_factories import add_member, make_board, make_group, make_post, make_round, make_user
from testing.factories import build_site, make_model


def build_workshop_world():
    model = make_model(build_site()["library"], "Verkostoyhteistyön malli")
    w = SimpleNamespace(model=model)
    w.group = make_group(models=[model], name="Itä-Uudenmaan ryhmä")
    w.fac = add_member(w.group, "ws-fasilitaattori", Role.FACILITATOR, display_name="Fasilitaattori Fiia")
    w.member = add_member(w.group, "ws-ammattilainen", Role.PROFESSIONAL, display_name="Ammattilainen Aino")
    w.expert = add_member(w.group, "ws-kokemus", Role.EXPERT, display_name="Kokemusasiantuntija Eero")
    w.board = make_board(make_round(w.group, 1, "open"), model)
    w.columns = list(w.board.columns.all())
    first, second = w.columns[0], w.columns[1]
    # Made oldest first, so the column shows them newest first: third, second, first.
    w.first = make_post(w.member, w.board, first, "<p>Ensimmäinen ajatus.</p>")
    w.second = make_post(w.expert, w.board, first, "<p>Toinen ajatus.</p>")
    w.third = make_post(w.member, w.board, first, "<p>Kolmas ajatus.</p>")
    w.other = make_post(w.expert, w.board, second, "<p>Toisen sarakkeen ajatus.</p>")

    w.group_b = make_group(models=[model], name="Länsi-Uudenmaan ryhmä")
    w.fac_b = add_member(w.group_b, "ws-toinen-fasilitaattori", Role.FACILITATOR, display_name="Toinen vetäjä")
    w.member_b = add_member(w.group_b, "ws-toinen-jasen", display_name="Toisen ryhmän jäsen")
    w.board_b = make_board(make_round(w.group_b, 1, "open"), model)
    w.post_b = make_post(w.member_b, w.board_b, body="<p>Toisen ryhmän ajatus.</p>")
    w.outsider = make_user("ws-ulkopuolinen", "Ulkopuolinen Ulla")
    w.board.refresh_from_db()
    return w


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client
