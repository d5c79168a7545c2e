"""The board as a wall: members write in the column they read, facilitators colour the columns, posts show what
is new to each member and what was answered, and links to the model's own versions get a preview."""

import re
from datetime import timedelta

import pytest
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import PageViewRestriction

from codev import actions
from codev.models import BoardVisit, Column, Post, Role
from testing.codev_factories import add_member, make_board, make_group, make_post, make_round
from testing.factories import build_site, make_model
from tests.caches import empty_the_cache

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}
TOKEN = "5e0c2b8a-3f7d-4c1e-9a2b-6d4e8f0a1b2c"


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """One open round's board in group A, a restricted second model, and group B on the same model. Built once
    for the module; every test runs in its own transaction inside it."""
    with django_db_blocker.unblock(), transaction.atomic(), translation.override("fi"):
        site = build_site()
        model = make_model(site["library"], "Verkostoyhteistyön malli")
        secret = make_model(site["library"], "Salainen kokeilumalli")
        PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.LOGIN)
        group = make_group(models=[model])
        board = make_board(make_round(group, 1, "open"), model)
        group_b = make_group(models=[model], name="Toinen ryhmä")
        make_board(make_round(group_b, 1, "open"), model)
        yield {
            "model": model,
            "secret": secret,
            "board": board,
            "columns": list(board.columns.all()),
            "facilitator": add_member(group, "fasilitaattori", Role.FACILITATOR, display_name="Fasilitaattori Fiia"),
            "member": add_member(group, "ammattilainen", Role.PROFESSIONAL, display_name="Ammattilainen Aino"),
            "other": add_member(group, "kokija", Role.EXPERT, display_name="Kokija Kalle"),
            "third": add_member(group, "kolmas", Role.PROFESSIONAL, display_name="Kolmas Kaisa"),
            "observer": add_member(group, "tarkkailija", Role.OBSERVER),
            "facilitator_b": add_member(group_b, "toinen-vetaja", Role.FACILITATOR, display_name="Toinen vetäjä"),
        }
        transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def fresh_cache():
    # Each test's rows are rolled back, so a later test may reuse a post's id and change number.
    empty_the_cache()


def url(name, *args):
    with translation.override("en"):
        return reverse(f"codev:{name}", args=args)


def signed_in(member):
    client = Client()
    client.force_login(member.user)
    return client


def column_html(html, column):
    """The HTML of one column's <section>, up to the next column or the end of the wall."""
    start = html.index(f'<section class="board-column column-colour--{column.colour}" id="column-{column.pk}"')
    end = html.find('<section class="board-column', start + 1)
    return html[start : end if end > 0 else len(html)]


def post_html(html, post):
    start = html.index(f'<li id="post-{post.pk}"')
    return html[start : html.index("</li>", start)]


def sent(column, body="Verkostokokous toimii, kun nuori on itse paikalla.", **fields):
    return {"body": body, "column": column.pk, "client_token": TOKEN, **fields}


# Writing in the column one reads.


def test_the_board_opens_on_posts_with_a_write_control_in_each_column_and_no_form(world):
    make_post(world["other"], world["board"], body="Selkeä malli.")
    html = signed_in(world["member"]).get(url("board", world["board"].pk)).content.decode()
    assert 'class="post-form"' not in html
    assert "Selkeä malli." in html
    for column in world["columns"]:
        in_column = column_html(html, column)
        assert f'href="{url("board", world["board"].pk)}?compose={column.pk}#compose-{column.pk}"' in in_column
        assert f'data-hx-get="{url("board_compose", world["board"].pk, column.pk)}"' in in_column


def test_without_javascript_write_opens_the_form_in_that_column_only(world):
    chosen = world["columns"][2]
    response = signed_in(world["member"]).get(url("board", world["board"].pk), {"compose": chosen.pk})
    html = response.content.decode()
    assert html.count('class="post-form"') == 1
    assert 'class="post-form"' in column_html(html, chosen)
    assert f'<input type="hidden" name="column" value="{chosen.pk}">' in column_html(html, chosen)
    assert f'id="compose-{chosen.pk}-body"' in html


def test_a_compose_address_for_no_column_of_the_board_opens_no_form(world):
    html = signed_in(world["member"]).get(url("board", world["board"].pk), {"compose": "999999"}).content.decode()
    assert 'class="post-form"' not in html


def test_write_with_htmx_fetches_just_the_columns_form_and_without_htmx_goes_to_the_board(world):
    column = world["columns"][1]
    client = signed_in(world["member"])
    fragment = client.get(url("board_compose", world["board"].pk, column.pk), headers=HTMX)
    html = fragment.content.decode()
    assert fragment.status_code == 200 and "<html" not in html
    assert f'<input type="hidden" name="column" value="{column.pk}">' in html
    assert f'data-hx-target="#compose-{column.pk}-form"' in html
    plain = client.get(url("board_compose", world["board"].pk, column.pk))
    assert plain.status_code == 302
    assert plain["Location"] == f"{url('board', world['board'].pk)}?compose={column.pk}#compose-{column.pk}"


def test_observers_and_other_groups_get_no_compose_form(world):
    column = world["columns"][0]
    address = url("board_compose", world["board"].pk, column.pk)
    assert signed_in(world["observer"]).get(address, headers=HTMX).status_code == 403
    assert signed_in(world["facilitator_b"]).get(address, headers=HTMX).status_code == 403


def test_posting_without_javascript_returns_to_the_board_at_the_new_post_in_its_column(world):
    column = world["columns"][3]
    response = signed_in(world["member"]).post(url("post_create", world["board"].pk), sent(column))
    post = Post.objects.get(board=world["board"], author=world["member"].user)
    assert post.column == column
    assert response.status_code == 302
    assert response["Location"] == f"{url('board', world['board'].pk)}?at={post.pk}#post-{post.pk}"


def test_posting_with_htmx_answers_with_the_new_post_for_its_column(world):
    column = world["columns"][1]
    response = signed_in(world["member"]).post(
        url("post_create", world["board"].pk), sent(column, body="Tulkki kokoukseen."), headers=HTMX
    )
    html = response.content.decode()
    post = Post.objects.get(board=world["board"], author=world["member"].user)
    assert response.status_code == 200 and post.column == column
    assert html.startswith(f'<template data-column="{column.pk}" data-posted="{post.pk}"')
    assert f'<li id="post-{post.pk}"' in html and "Tulkki kokoukseen." in html
    assert 'data-message="Your post is on the board."' in html


def test_a_refused_post_without_javascript_keeps_everything_in_its_column(world):
    column = world["columns"][2]
    too_long = "Pitkä huomio. " * 400
    response = signed_in(world["member"]).post(
        url("post_create", world["board"].pk),
        sent(column, body=too_long, section="basic_idea", is_anonymous="on"),
    )
    html = response.content.decode()
    assert response.status_code == 400 and not Post.objects.filter(board=world["board"]).exists()
    form = column_html(html, column)
    assert 'class="post-form"' in form and too_long.strip() in form
    assert "the limit is 4000" in form
    # The options written stay chosen, and their disclosure open.
    assert '<details class="post-form__more" open>' in form
    assert '<option value="basic_idea" selected>' in form
    assert re.search(r'<input type="checkbox" name="is_anonymous"[^>]* checked', form)


def test_a_refused_post_with_htmx_comes_back_as_the_form_with_the_text_and_the_reason(world):
    column = world["columns"][0]
    too_long = "Liian pitkä. " * 400
    response = signed_in(world["member"]).post(
        url("post_create", world["board"].pk), sent(column, body=too_long), headers=HTMX
    )
    html = response.content.decode()
    assert response.status_code == 200 and not Post.objects.exists()
    assert html.lstrip().startswith("<form") and 'role="alert"' in html
    assert too_long.strip() in html and f'name="column" value="{column.pk}"' in html


def test_a_post_with_a_column_of_another_board_is_refused_in_the_first_column(world):
    elsewhere = Column.objects.exclude(board=world["board"]).first()
    response = signed_in(world["member"]).post(url("post_create", world["board"].pk), sent(elsewhere, body="Hups."))
    html = response.content.decode()
    assert response.status_code == 400 and not Post.objects.exists()
    assert "Choose one of this board&#x27;s columns." in column_html(html, world["columns"][0])


# Column colours.


def colours_of(board):
    return list(Column.objects.filter(board=board).order_by("sort_order").values_list("colour", flat=True))


def test_new_boards_give_their_default_columns_distinct_colours(world):
    assert colours_of(world["board"]) == ["green", "orange", "blue", "yellow"]


def test_the_facilitator_picks_a_columns_colour_and_the_wall_shows_it(world):
    board, column = world["board"], world["columns"][1]
    client = signed_in(world["facilitator"])
    form = client.get(url("board", board.pk)).content.decode()
    assert f'name="colour-{column.pk}"' in form
    response = client.post(url("board_colours", board.pk), {f"colour-{column.pk}": "purple"})
    assert response.status_code == 302
    assert colours_of(board) == ["green", "purple", "blue", "yellow"]
    html = signed_in(world["member"]).get(url("board", board.pk)).content.decode()
    assert f'<section class="board-column column-colour--purple" id="column-{column.pk}"' in html


def test_a_colour_outside_the_palette_changes_nothing(world):
    board, column = world["board"], world["columns"][0]
    response = signed_in(world["facilitator"]).post(url("board_colours", board.pk), {f"colour-{column.pk}": "#f0f"})
    assert response.status_code == 302 and colours_of(board)[0] == "green"


@pytest.mark.parametrize("who", ["member", "observer", "facilitator_b"])
def test_only_the_boards_own_facilitator_may_change_its_colours(world, who):
    board, column = world["board"], world["columns"][0]
    response = signed_in(world[who]).post(url("board_colours", board.pk), {f"colour-{column.pk}": "red"})
    assert response.status_code == 403
    assert colours_of(board) == ["green", "orange", "blue", "yellow"]


def test_the_admin_column_editor_saves_a_colour_too(world):
    board = world["board"]
    columns = list(board.columns.order_by("sort_order"))
    data = {"columns-TOTAL_FORMS": len(columns), "columns-INITIAL_FORMS": len(columns)}
    for index, column in enumerate(columns):
        data.update(
            {
                f"columns-{index}-id": column.pk,
                f"columns-{index}-board": board.pk,
                f"columns-{index}-name": column.name,
                f"columns-{index}-sort_order": column.sort_order,
                f"columns-{index}-colour": "teal" if index == 3 else column.colour,
            }
        )
    world["facilitator"].user.is_superuser = True
    world["facilitator"].user.save(update_fields=["is_superuser"])
    response = signed_in(world["facilitator"]).post(reverse("codev_boards:edit", args=(board.pk,)), data)
    assert response.status_code == 302
    assert colours_of(board)[3] == "teal"


# What is new and what was answered.


def test_posts_written_since_a_members_last_visit_are_new_to_them_only(world):
    board = world["board"]
    aino, kaisa = signed_in(world["member"]), signed_in(world["third"])
    aino.get(url("board", board.pk))  # Aino's first visit: nothing is new on a first visit
    own = make_post(world["member"], board, body="Ainon oma ajatus.")
    fresh = make_post(world["other"], board, body="Kallen uusi huomio.")
    kaisa_first = kaisa.get(url("board", board.pk)).content.decode()  # Kaisa comes for the first time after it
    assert "post--new" not in kaisa_first

    html = aino.get(url("board", board.pk)).content.decode()
    assert "post--new" in post_html(html, fresh) and "New since your last visit" in post_html(html, fresh)
    assert "post--new" not in post_html(html, own)
    # Kaisa's board, from the same shared cache of member fragments, still shows nothing as new.
    assert "post--new" not in kaisa.get(url("board", board.pk)).content.decode()
    author = signed_in(world["other"]).get(url("board", board.pk)).content.decode()
    assert "post--new" not in post_html(author, fresh)


def test_a_later_visit_no_longer_shows_what_was_new_at_the_one_before(world):
    board = world["board"]
    aino = signed_in(world["member"])
    aino.get(url("board", board.pk))
    post = make_post(world["other"], board, body="Vanha uutinen.")
    assert "post--new" in post_html(aino.get(url("board", board.pk)).content.decode(), post)
    # Two hours later, after a visit that saw it an hour after it was written:
    now = timezone.now()
    Post.objects.filter(pk=post.pk).update(created_at=now - timedelta(hours=3))
    BoardVisit.objects.filter(board=board, user=world["member"].user).update(
        new_since=now - timedelta(hours=4), seen_at=now - timedelta(hours=2)
    )
    assert "post--new" not in aino.get(url("board", board.pk)).content.decode()
    visit = BoardVisit.objects.get(board=board, user=world["member"].user)
    assert abs(visit.new_since - (now - timedelta(hours=2))) < timedelta(seconds=1)


def test_a_facilitators_reply_marks_the_post_answered_and_a_members_does_not(world):
    board = world["board"]
    answered = make_post(world["member"], board, body="Kuka kutsuu koolle?")
    asked = make_post(world["member"], board, body="Entä lomat?")
    actions.do_reply(member=world["facilitator"], post=answered, body="Omatyöntekijä kutsuu.")
    actions.do_reply(member=world["other"], post=asked, body="Hyvä kysymys.")
    html = signed_in(world["other"]).get(url("board", board.pk)).content.decode()
    assert "post--answered" in post_html(html, answered) and "Answered" in post_html(html, answered)
    assert "post--answered" not in post_html(html, asked)


def test_a_post_addressed_in_a_version_is_answered(world):
    board, version = world["board"], world["model"].versions.first()
    post = make_post(world["member"], board, body="Lisätkää nuoren ääni.")
    Post.objects.filter(pk=post.pk).update(disposition="addressed", addressed_in=version, change_seq=999)
    html = signed_in(world["other"]).get(url("board", board.pk)).content.decode()
    assert "post--answered" in post_html(html, post)


# Link previews.


def version_link(page, version, host="http://testserver"):
    """The version's address as a member copies it from the address bar (our test server has no domain, so
    posts link it with markup rather than having it linked for them)."""
    with translation.override("fi"):
        return host + version.get_url(page=page)


def test_a_link_to_a_version_of_the_boards_model_gets_its_title_number_and_date(world):
    model = world["model"]
    version = model.versions.first()
    link = version_link(model, version)
    post = make_post(world["member"], world["board"], body=f'<p>Katsokaa <a href="{link}">versiota</a>.</p>')
    html = post_html(signed_in(world["other"]).get(url("board", world["board"].pk)).content.decode(), post)
    assert 'class="link-preview"' in html
    assert f'<a class="link-preview__title" href="{link}">{model.title}</a>' in html
    assert f"Version {version.label}, published" in html


def test_a_link_to_another_models_version_stays_a_plain_link_and_never_shows_its_title(world):
    secret = world["secret"]
    link = version_link(secret, secret.versions.first())
    post = make_post(world["member"], world["board"], body=f'<p>Vertailkaa <a href="{link}">tähän</a>.</p>')
    html = signed_in(world["other"]).get(url("board", world["board"].pk)).content.decode()
    assert f'href="{link}"' in post_html(html, post)
    assert "link-preview" not in post_html(html, post)
    assert secret.title not in html


def test_a_link_elsewhere_with_the_same_path_is_not_previewed(world):
    model = world["model"]
    link = version_link(model, model.versions.first(), host="https://example.org")
    post = make_post(world["member"], world["board"], body=f'<p>Kopio <a href="{link}">täällä</a>.</p>')
    html = signed_in(world["other"]).get(url("board", world["board"].pk)).content.decode()
    assert f'href="{link}"' in post_html(html, post) and "link-preview" not in post_html(html, post)


# Speed.


def fill(world, posts):
    """`posts` posts from members, each linking the model's version, every third answered by the facilitator."""
    link = version_link(world["model"], world["model"].versions.first())
    for index in range(posts):
        author = world["other"] if index % 2 else world["third"]
        body = f'<p>Huomio {index}: <a href="{link}">versio</a></p>'
        post = make_post(author, world["board"], world["columns"][index % 4], body=body)
        if index % 3 == 0:
            actions.do_reply(member=world["facilitator"], post=post, body=f"Vastaus {index}.")


def queries(client, board):
    empty_the_cache()
    with CaptureQueriesContext(connection) as cold:
        assert client.get(url("board", board.pk)).status_code == 200
    with CaptureQueriesContext(connection) as warm:
        html = client.get(url("board", board.pk)).content.decode()
    return len(cold.captured_queries), len(warm.captured_queries), html


def test_the_walls_query_count_does_not_grow_with_posts_previews_and_marks(world):
    client = signed_in(world["member"])
    client.get(url("board", world["board"].pk))
    fill(world, 4)
    few_cold, few_warm, _html = queries(client, world["board"])
    fill(world, 24)
    many_cold, many_warm, html = queries(client, world["board"])
    assert html.count('class="link-preview"') == 28 and html.count("post--new") == 28
    assert (many_cold, many_warm) == (few_cold, few_warm)
