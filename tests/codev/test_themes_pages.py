"""Facilitators group their group's posts into themes, curate them, triage by them and draft the summary from them.

Two groups work on the same model: each group's facilitators see only their own group's posts and themes, and
members never see a themes page.
"""

from types import SimpleNamespace

import pytest
from django.contrib.messages import get_messages
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import translation

from codev.models import Disposition, Post, Role, ScopeKind, Theme, ThemeAction, ThemeAssignment
from codev.themes import actions
from codev.themes.scope import board_scope
from testing.codev_factories import add_member, make_board, make_group, make_post, make_round
from testing.factories import build_site, make_model
from tests.codev.test_themes_grouping import CHECKLIST, MANAGERS, NETWORK_MEETING

pytestmark = pytest.mark.django_db

OTHER_GROUPS_POST = "Toisen ryhmän oma huomio: tarkistuslistan kohdat ovat meillä liian pitkiä ja vaikeita."


def url(name, *args):
    with translation.override("en"):
        return reverse(f"codev:{name}", args=args)


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Group A with a facilitator and members of four roles, nine posts in three themes (one anonymous, one with
    a reply); group B, on the same model, with its own facilitator and post. Built once, rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic(), translation.override("fi"):
        tree = build_site()
        model = make_model(tree["library"], "Verkostoyhteistyön malli")
        group = make_group(models=[model])
        w = SimpleNamespace(model=model, group=group)
        w.fac = add_member(group, "teema-fasilitaattori", Role.FACILITATOR, display_name="Fasilitaattori Fiia")
        w.pro = add_member(group, "teema-ammattilainen", Role.PROFESSIONAL, display_name="Ammattilainen Aino")
        w.expert = add_member(group, "teema-kokemus", Role.EXPERT, display_name="Kokemus Kaisa")
        w.young = add_member(group, "teema-nuori", Role.YOUNG_PERSON, display_name="Nuori Niko")
        w.manager = add_member(group, "teema-johtaja", Role.MANAGER, display_name="Johtaja Jussi")
        w.round = make_round(group, 1, "open")
        w.board = make_board(w.round, model)
        authors = [w.pro, w.expert, w.young, w.manager]
        w.posts = []
        for index, text in enumerate([*NETWORK_MEETING, *CHECKLIST, *MANAGERS]):
            w.posts.append(
                make_post(
                    authors[index % 4],
                    w.board,
                    body=f"<p>{text}</p>",
                    is_anonymous=index == 1,
                    section="basic_idea" if index < 3 else "",
                )
            )
        w.anonymous = w.posts[1]
        w.reply = actions_reply(w.young, w.posts[0])
        other = make_group(models=[model])
        w.other_group = other
        w.other_fac = add_member(other, "toinen-fasilitaattori", Role.FACILITATOR, display_name="Toinen Tuomas")
        w.other_member = add_member(other, "toinen-jasen", Role.PROFESSIONAL)
        w.other_round = make_round(other, 1, "open")
        w.other_board = make_board(w.other_round, model)
        w.other_post = make_post(w.other_member, w.other_board, body=f"<p>{OTHER_GROUPS_POST}</p>")
        yield w
        transaction.set_rollback(True)


def actions_reply(member, post):
    from codev.actions import do_reply

    reply, _created = do_reply(member=member, post=post, body="<p>Verkostoneuvottelun aika on liian lyhyt.</p>")
    return reply


@pytest.fixture
def fac_client(world):
    client = Client()
    client.force_login(world.fac.user)
    return client


def themes_urls(world, group=None):
    slug = (group or world.group).slug
    return [
        url("board_themes", slug, world.board.pk),
        url("round_themes", slug, world.round.number),
        url("model_themes", slug, world.model.pk),
    ]


def page(client, address):
    response = client.get(address)
    assert response.status_code == 200, response
    return response.content.decode()


def adopted(world):
    return actions.do_adopt_themes(actor=world.fac.user, scope=board_scope(world.group, world.board.pk))


def theme_of(world, post):
    return ThemeAssignment.objects.get(group=world.group, scope_key=f"board:{world.board.pk}", post=post).theme


def test_the_facilitator_sees_suggested_themes_with_roles_agreements_and_sections(world, fac_client):
    html = page(fac_client, themes_urls(world)[0])

    assert "Verkostoneuvottelu" in html
    assert "Who is speaking" in html and "Expert by experience: 1" in html
    assert "Sections it concerns" in html
    assert "Keep these themes" in html
    for post in world.posts:
        assert f'id="theme-post-{post.pk}"' in html


def test_every_scope_shows_the_groups_posts_and_replies_only_when_asked(world, fac_client):
    for address in themes_urls(world):
        html = page(fac_client, address)
        assert OTHER_GROUPS_POST not in html
        assert f'id="theme-post-{world.reply.pk}"' not in html
    assert f'id="theme-post-{world.reply.pk}"' in page(fac_client, themes_urls(world)[1] + "?replies=1")


def test_facilitators_see_the_author_of_an_anonymous_post_as_on_their_board(world, fac_client):
    html = page(fac_client, themes_urls(world)[0])

    assert "Kokemus Kaisa (anonymous to others)" in html


@pytest.mark.parametrize("who", ["pro", "expert", "young", "manager"])
def test_members_never_see_a_themes_page(world, who):
    client = Client()
    client.force_login(getattr(world, who).user)

    for address in [*themes_urls(world), url("summary_draft", world.group.slug, world.board.pk)]:
        assert client.get(address).status_code == 403
    assert client.post(themes_urls(world)[0], {"action": "adopt"}).status_code == 403
    assert not Theme.objects.filter(group=world.group).exists()


def test_another_groups_facilitator_on_the_same_model_sees_only_their_own_groups_posts(world):
    client = Client()
    client.force_login(world.other_fac.user)

    for address in themes_urls(world):
        assert client.get(address).status_code == 403
    # Through their own group, the first group's board and round are not found, and the model shows their post only.
    assert client.get(url("board_themes", world.other_group.slug, world.board.pk)).status_code == 404
    html = page(client, url("model_themes", world.other_group.slug, world.model.pk))
    assert "There is 1 post here" in html
    assert "Verkostoneuvottelu" not in html and "Kokemus Kaisa" not in html


def test_signed_out_visitors_are_sent_to_sign_in(world):
    response = Client().get(themes_urls(world)[0])

    assert response.status_code == 302 and "login" in response["Location"]


def test_keeping_the_themes_saves_them_and_records_the_step(world, fac_client):
    response = fac_client.post(themes_urls(world)[0], {"action": "adopt"})

    assert response.status_code == 302
    themes = Theme.objects.filter(group=world.group, scope_kind=ScopeKind.BOARD, board=world.board)
    assert themes.count() == 3
    assert ThemeAssignment.objects.filter(theme__in=themes).count() == 9
    step = ThemeAction.objects.get(group=world.group, kind=ThemeAction.Kind.ADOPT)
    assert step.actor == world.fac.user and step.details["posts"] == 9
    html = page(fac_client, themes_urls(world)[0])
    assert "Merge themes" in html and "Keep these themes" not in html
    # Grouping again is refused: curation is never silently discarded.
    assert fac_client.post(themes_urls(world)[0], {"action": "adopt"}).status_code == 400
    assert themes.count() == 3


def test_rename_merge_split_move_and_dismiss_are_saved_and_recorded(world, fac_client):
    adopted(world)
    address = themes_urls(world)[0]
    network, checklist, managers = (theme_of(world, world.posts[index]) for index in (0, 3, 6))

    fac_client.post(address, {"action": "rename", "theme": network.pk, "name": "Verkostoneuvottelut"})
    network.refresh_from_db()
    assert network.name == "Verkostoneuvottelut"

    fac_client.post(address, {"action": "merge", "themes_chosen": [checklist.pk, managers.pk], "name": "Työvälineet"})
    # Of two themes of three posts each, the older one stays.
    checklist, managers = sorted([checklist, managers], key=lambda theme: theme.pk)
    assert not Theme.objects.filter(pk=managers.pk).exists()
    assert theme_of(world, world.posts[6]).pk == theme_of(world, world.posts[3]).pk == checklist.pk
    assert Theme.objects.get(pk=checklist.pk).name == "Työvälineet"

    fac_client.post(
        address,
        {"action": "split", "theme": checklist.pk, "posts": [world.posts[6].pk, world.posts[7].pk], "name": "Johto"},
    )
    split = theme_of(world, world.posts[6])
    assert split.name == "Johto" and theme_of(world, world.posts[7]) == split

    fac_client.post(address, {"action": "move", "theme": split.pk, "posts": [world.posts[7].pk], "target": network.pk})
    assert theme_of(world, world.posts[7]) == network

    fac_client.post(address, {"action": "dismiss", "theme": split.pk})
    split.refresh_from_db()
    assert split.is_dismissed

    kinds = list(ThemeAction.objects.filter(group=world.group).order_by("pk").values_list("kind", flat=True))
    assert kinds == ["adopt", "rename", "merge", "split", "move", "dismiss"]
    merge = ThemeAction.objects.get(kind="merge")
    assert merge.details["into"] == "Työvälineet" and len(merge.details["merged"]) == 1


def test_bad_curation_input_gets_a_clear_error_and_changes_nothing(world, fac_client):
    adopted(world)
    address = themes_urls(world)[0]
    theme = theme_of(world, world.posts[0])

    response = fac_client.post(address, {"action": "rename", "theme": theme.pk, "name": "   "})
    assert response.status_code == 400
    assert "Give the theme a name." in [str(message) for message in get_messages(response.wsgi_request)]
    response = fac_client.post(address, {"action": "merge", "themes_chosen": [theme.pk]})
    assert response.status_code == 400
    response = fac_client.post(
        address, {"action": "split", "theme": theme.pk, "posts": [p.pk for p in world.posts[:3]], "name": "Kaikki"}
    )
    assert response.status_code == 400
    assert (
        fac_client.post(address, {"action": "move", "posts": [world.other_post.pk], "target": theme.pk}).status_code
        == 400
    )
    assert ThemeAction.objects.filter(group=world.group).count() == 1


def test_a_post_written_after_curation_waits_unthemed_with_the_nearest_theme_named(world, fac_client):
    adopted(world)
    late = make_post(world.pro, world.board, body="<p>Muistilistan pituus on ongelma, lyhentäkää muistilistaa.</p>")

    html = page(fac_client, themes_urls(world)[0])

    assert "Not yet themed" in html
    assert f'id="theme-post-{late.pk}"' in html
    assert "Nearest theme: " + theme_of(world, world.posts[3]).name in html
    assert Theme.objects.filter(group=world.group).count() == 3


def test_triage_filters_by_theme_and_marks_the_whole_theme_under_consideration(world, fac_client):
    adopted(world)
    theme = theme_of(world, world.posts[3])
    triage = url("triage", world.group.slug) + f"?theme={theme.pk}"

    html = page(fac_client, triage)
    assert f'id="triage-{world.posts[3].pk}"' in html
    assert f'id="triage-{world.posts[0].pk}"' not in html
    assert "Every post of the theme" in html

    response = fac_client.post(
        url("theme_triage", world.group.slug, theme.pk), {"disposition": "considering", "next": triage}
    )

    assert response.status_code == 302 and response["Location"] == triage
    dispositions = set(
        Post.objects.filter(pk__in=[p.pk for p in world.posts[3:6]]).values_list("disposition", flat=True)
    )
    assert dispositions == {Disposition.CONSIDERING}
    assert Post.objects.get(pk=world.posts[0].pk).disposition == Disposition.NEW
    assert ThemeAction.objects.filter(kind="triage", theme=theme, details__changed=3).exists()


def test_another_groups_facilitator_cannot_triage_by_a_theme_of_the_group(world):
    adopted(world)
    theme = theme_of(world, world.posts[3])
    client = Client()
    client.force_login(world.other_fac.user)

    assert (
        client.post(url("theme_triage", world.group.slug, theme.pk), {"disposition": "considering"}).status_code == 403
    )
    assert (
        client.post(url("theme_triage", world.other_group.slug, theme.pk), {"disposition": "considering"}).status_code
        == 404
    )
    assert Post.objects.get(pk=world.posts[3].pk).disposition == Disposition.NEW


def test_curated_themes_show_on_the_dashboard(world, fac_client):
    adopted(world)

    html = page(fac_client, url("dashboard", world.group.slug))

    assert "Curated themes" in html
    assert f"?theme={theme_of(world, world.posts[0]).pk}" in html


def test_the_summary_draft_counts_themes_and_sections_quotes_picked_posts_and_names_no_one(world, fac_client):
    adopted(world)
    address = url("summary_draft", world.group.slug, world.board.pk)

    html = page(fac_client, address + f"?quote={world.anonymous.pk}")

    draft = html.split('name="text"')[1].split("</textarea>")[0]
    assert "9 posts" in draft
    assert "Themes of the feedback:" in draft
    assert "Sections discussed most: " in draft and "Sections with no feedback: " in draft
    assert "puhuvat liikaa ammattilaiset" in draft
    for name in ("Kokemus Kaisa", "Ammattilainen Aino", "Nuori Niko", "Johtaja Jussi", "Fasilitaattori Fiia"):
        assert name not in draft
    assert url("board_summary", world.board.pk) in html


def test_triaging_a_theme_returns_only_to_this_sites_pages(world, fac_client):
    adopted(world)
    theme = theme_of(world, world.posts[3])

    response = fac_client.post(
        url("theme_triage", world.group.slug, theme.pk), {"disposition": "deferred", "next": "//evil.example/"}
    )

    assert response.status_code == 302 and response["Location"] == themes_urls(world)[0]
