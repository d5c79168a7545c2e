"""Members comment straight on a model's text: a selected passage or a section becomes a quoted post on their
group's board, and their groups' posts are marked beside the passages they quote, each group's only to its own
members, with anonymity and moderation as on the board; the public page stays as it was."""

import re
from types import SimpleNamespace

import pytest
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from codev import actions
from codev.models import Post, PostStatus, Role
from codev.quotes import find_quote, locate
from models_library.models import ModelVersion
from testing.codev_factories import add_member, make_board, make_group, make_post, make_round, make_user
from testing.factories import build_site, make_model, stream
from tests.caches import empty_the_cache

pytestmark = pytest.mark.django_db

BASIC_IDEA = "Nuori valitsee, keitä kokoukseen tulee. Työntekijä sopii ajan. Nuori valitsee, keitä seurantaan tulee."
ENVIRONMENT_V1 = "Malli toimii nuorisopsykiatrian ja sosiaalityön välillä."
ENVIRONMENT_V2 = "Malli toimii koko hyvinvointialueella."
SECRET_NAME = "Salainen Sanna"


def quote_of(version, exact, section="", prefix="", suffix=""):
    found = find_quote(version, exact, section, prefix, suffix)
    assert found is not None, exact
    return found


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Groups A and B on the same model, published twice (the second version rewrites one passage), with posts
    of every kind quoting the first version. Built once for the module and rolled back at its end."""
    with django_db_blocker.unblock(), transaction.atomic(), translation.override("fi"):
        model = make_model(
            build_site()["library"],
            "Verkostokokousten malli",
            basic_idea=stream(BASIC_IDEA),
            environment=stream(ENVIRONMENT_V1),
        )
        v1 = ModelVersion.objects.for_page(model).get()
        group = make_group(models=[model], name="Ryhmä A")
        board = make_board(make_round(group, 1, "open"), model)
        facilitator = add_member(group, "fasilitaattori", Role.FACILITATOR, display_name="Fasilitaattori Fiia")
        member = add_member(group, "ammattilainen", Role.PROFESSIONAL, display_name="Ammattilainen Aino")
        author = add_member(group, "kirjoittaja", Role.EXPERT, display_name="Kirjoittaja Kaisa")
        secret = add_member(group, "salainen", Role.YOUNG_PERSON, display_name=SECRET_NAME)
        observer = add_member(group, "tarkkailija", Role.OBSERVER, display_name="Tarkkailija Tero")
        group_b = make_group(models=[model], name="Ryhmä B")
        board_b = make_board(make_round(group_b, 1, "open"), model)
        member_b = add_member(group_b, "toisen-jasen", display_name="Toisen ryhmän jäsen")
        posts = SimpleNamespace(
            own=make_post(member, board, body="Oma huomio ajasta.", quote=quote_of(v1, "Työntekijä sopii ajan.")),
            anonymous=make_post(
                secret,
                board,
                body="Nimetön huomio seurannasta.",
                is_anonymous=True,
                quote=quote_of(v1, "Nuori valitsee, keitä", prefix="Työntekijä sopii ajan."),
            ),
            changed=make_post(
                author, board, body="Tämä kohta muuttuu.", quote=quote_of(v1, "nuorisopsykiatrian ja sosiaalityön")
            ),
            section=make_post(member, board, body="Koko osiosta.", section="environment", quote={"version": v1}),
            hidden=make_post(author, board, body="Piilotettu huomio.", quote=quote_of(v1, "Työntekijä sopii ajan.")),
            group_b=make_post(member_b, board_b, body="Toisen ryhmän huomio.", quote=quote_of(v1, "sopii ajan")),
        )
        actions.do_hide(actor=facilitator.user, post=posts.hidden, reason="Tunnistettava tapaus.")
        actions.do_set_premoderation(actor=facilitator.user, board=board, enabled=True)
        posts.pending = make_post(author, board, body="Odottava huomio.", quote=quote_of(v1, "kokoukseen tulee"))
        actions.do_set_premoderation(actor=facilitator.user, board=board, enabled=False)
        model.environment = stream(ENVIRONMENT_V2)
        model.save_revision().publish()
        v2 = ModelVersion.objects.for_page(model).of_number(2)
        yield SimpleNamespace(
            model=model,
            v1=v1,
            v2=v2,
            group=group,
            board=board,
            board_b=board_b,
            posts=posts,
            users={
                "outsider": make_user("ulkopuolinen", "Ulkopuolinen Ulla"),
                "member": member.user,
                "author": author.user,
                "secret": secret.user,
                "observer": observer.user,
                "fac": facilitator.user,
                "member_b": member_b.user,
            },
        )
        transaction.set_rollback(True)


def url(name, *args, query=""):
    with translation.override("en"):
        return reverse(f"codev:{name}", args=args) + (f"?{query}" if query else "")


def version_url(world, number):
    return world.model.url + world.model.reverse_subpage("version", args=(number,))


def signed_in(world, who):
    client = Client()
    if who != "anon":
        client.force_login(world.users[who])
    return client


def notes_html(world, who, version):
    response = signed_in(world, who).get(url("text_feedback_notes", version.pk))
    assert response.status_code == 200, response
    return response.content.decode()


POST_BODIES = {
    "own": "Oma huomio ajasta.",
    "anonymous": "Nimetön huomio seurannasta.",
    "changed": "Tämä kohta muuttuu.",
    "section": "Koko osiosta.",
    "hidden": "Piilotettu huomio.",
    "pending": "Odottava huomio.",
    "group_b": "Toisen ryhmän huomio.",
}
# Which posts each visitor finds beside the text of version 1.
SEES = {
    "member": {"own", "anonymous", "changed", "section"},
    "observer": {"own", "anonymous", "changed", "section"},
    "author": {"own", "anonymous", "changed", "section", "hidden", "pending"},
    "secret": {"own", "anonymous", "changed", "section"},
    "fac": {"own", "anonymous", "changed", "section", "hidden", "pending"},
    "member_b": {"group_b"},
}


@pytest.mark.parametrize("who", sorted(SEES))
def test_each_visitor_sees_only_the_posts_their_boards_show_them(world, who):
    html = notes_html(world, who, world.v1)
    shown = {name for name, body in POST_BODIES.items() if body in html}
    assert shown == SEES[who]


def test_the_public_and_outsiders_get_no_notes(world):
    response = signed_in(world, "anon").get(url("text_feedback_notes", world.v1.pk))
    assert response.status_code == 302 and "login" in response["Location"]
    assert signed_in(world, "outsider").get(url("text_feedback_notes", world.v1.pk)).status_code == 403
    assert signed_in(world, "outsider").get(url("text_feedback_comment", world.v1.pk)).status_code == 403
    assert signed_in(world, "member").get(url("text_feedback_notes", 999999)).status_code == 404


@pytest.mark.parametrize("who", ["member", "author", "observer", "member_b"])
def test_members_never_read_the_name_behind_an_anonymous_post(world, who):
    html = notes_html(world, who, world.v1)
    assert SECRET_NAME not in html
    if POST_BODIES["anonymous"] in html:
        assert "Anonymous member" in html


@pytest.mark.parametrize("who", ["secret", "fac"])
def test_the_author_and_the_facilitator_see_the_name_marked_anonymous(world, who):
    assert f"{SECRET_NAME} (anonymous to others)" in notes_html(world, who, world.v1)


def test_hidden_and_pending_posts_are_labelled_for_those_who_see_them(world):
    html = notes_html(world, "author", world.v1)
    assert "Hidden by a facilitator" in html and "Waiting for approval" in html


def note_for(html, body):
    """The note (one passage's marker) holding the post with `body`, as {attribute: value} and its HTML."""
    for match in re.finditer(r"<div class=\"text-note [^\"]*\"(?P<attrs>[^>]*)>(?P<inner>.*?)</details>", html, re.S):
        if body in match.group("inner"):
            attrs = dict(re.findall(r'data-([a-z]+)="([^"]*)"', match.group("attrs")))
            return attrs, match.group("inner")
    raise AssertionError(f"no note holds {body!r}")


def test_quotes_are_found_in_their_passage_with_the_context_they_were_taken_in(world):
    html = notes_html(world, "fac", world.v1)
    own, inner = note_for(html, POST_BODIES["own"])
    assert own["state"] == "passage" and own["section"] == "basic_idea"
    assert own["exact"] == "Työntekijä sopii ajan."
    assert POST_BODIES["hidden"] in inner, "two posts on the same passage share one marker"
    anonymous, _inner = note_for(html, POST_BODIES["anonymous"])
    # The words open the section too, but the quote was taken from the later sentence.
    assert anonymous["prefix"].endswith("Työntekijä sopii ajan. ") and anonymous["suffix"].startswith(" seurantaan")
    section, _inner = note_for(html, POST_BODIES["section"])
    assert section["state"] == "section" and section["section"] == "environment"


def test_a_passage_rewritten_in_a_later_version_is_shown_as_changed_with_the_comparison(world):
    html = notes_html(world, "member", world.v2)
    changed, inner = note_for(html, POST_BODIES["changed"])
    assert changed["state"] == "changed"
    assert "The passage has changed" in inner and "nuorisopsykiatrian ja sosiaalityön" in inner
    assert world.model.url + "compare/?old=1&amp;new=2" in inner
    own, _inner = note_for(html, POST_BODIES["own"])
    assert own["state"] == "passage", "the unchanged passage is still found in version 2"
    assert note_for(notes_html(world, "member", world.v1), POST_BODIES["changed"])[0]["state"] == "passage"


def test_locating_prefers_the_context_then_falls_back_to_the_words_alone():
    text = "Nuori valitsee ajan. Työntekijä sopii. Nuori valitsee paikan."
    second = locate(text, "Nuori valitsee", prefix="Työntekijä sopii.")
    assert (second.start, second.in_context) == (text.rindex("Nuori valitsee"), True)
    fallback = locate(text, "Nuori valitsee", prefix="jotain muuta")
    assert (fallback.start, fallback.in_context) == (0, False)
    assert locate(text, "ei tätä") is None and locate(text, "   ") is None


def notes_queries(client, address):
    """The queries of one answer rendered afresh (not from the cache of notes), and its HTML."""
    empty_the_cache()
    with CaptureQueriesContext(connection) as queries:
        html = client.get(address).content.decode()
    return len(queries), html


def test_the_notes_take_the_same_queries_however_many_posts_there_are(world):
    client = signed_in(world, "member")
    address = url("text_feedback_notes", world.v1.pk)
    client.get(address)
    few, _html = notes_queries(client, address)
    member = world.board.round.group.memberships.get(user=world.users["member"])
    for number in range(6):
        make_post(member, world.board, body=f"Lisähuomio {number}.", quote=quote_of(world.v1, "kokoukseen tulee"))
    many, html = notes_queries(client, address)
    assert "Lisähuomio 5." in html
    assert many == few


def test_unchanged_notes_come_from_the_cache_and_a_change_on_the_board_shows_at_once(world):
    client = signed_in(world, "member")
    address = url("text_feedback_notes", world.v1.pk)
    fresh, _html = notes_queries(client, address)
    with CaptureQueriesContext(connection) as cached:
        client.get(address)
    assert len(cached) < fresh
    assert not any("codev_post" in query["sql"] for query in cached.captured_queries)
    assert POST_BODIES["changed"] in client.get(address).content.decode()
    actions.do_hide(actor=world.users["fac"], post=world.posts.changed, reason="Tunnistettava tapaus.")
    assert POST_BODIES["changed"] not in client.get(address).content.decode()
    assert POST_BODIES["changed"] in signed_in(world, "fac").get(address).content.decode()


def test_the_public_version_page_is_unchanged_and_cached_for_anonymous_readers(world, settings):
    settings.PAGE_CACHE_SECONDS = 600
    client = Client()
    first = client.get(version_url(world, 2))
    second = client.get(version_url(world, 2))
    assert second["X-Page-Cache"] == "hit" and second.content == first.content
    for html in (first.content.decode(), client.get(world.model.url).content.decode()):
        assert "data-text-feedback" not in html and "section-feedback" not in html and "text-feedback.js" not in html


def test_members_who_post_get_the_tools_on_the_version_and_live_pages(world):
    client = signed_in(world, "member")
    for address in (version_url(world, 1), world.model.url):
        html = client.get(address).content.decode()
        assert "data-text-feedback" in html and "text-feedback.js" in html
        assert html.count('class="section-feedback no-print"') == 13, "every filled section has its own control"
    html = client.get(version_url(world, 1)).content.decode()
    assert url("text_feedback_notes", world.v1.pk).replace("/en/", "/fi/") in html
    assert "?section=basic_idea" in html and 'value="Työntekijä sopii ajan."' in html


def test_observers_get_the_notes_but_not_the_comment_tools(world):
    html = signed_in(world, "observer").get(version_url(world, 1)).content.decode()
    assert "data-notes-url" in html and "data-comment-url" not in html and "section-feedback" not in html


def test_outsiders_get_the_page_as_the_public_does(world):
    html = signed_in(world, "outsider").get(version_url(world, 1)).content.decode()
    assert "data-text-feedback" not in html and "section-feedback" not in html


def test_the_section_link_opens_the_form_with_section_and_version_set(world):
    response = signed_in(world, "member").get(url("text_feedback_comment", world.v1.pk, query="section=environment"))
    html = response.content.decode()
    assert response.status_code == 200
    assert '<option value="environment" selected>' in html
    assert f'<option value="{world.v1.pk}" selected>' in html
    assert f'name="board" value="{world.board.pk}"' in html and "Ryhmä A" in html


def comment_data(world, exact, **fields):
    return {
        "board": world.board.pk,
        "body": "Tästä kohdasta kommentti.",
        "column": world.board.columns.first().pk,
        "quote_exact": exact,
        "quote_version": world.v1.pk,
        "client_token": fields.pop("client_token", "6f1c2a9e-0b7d-4c3e-9a51-7e2d4b8c1f01"),
        **fields,
    }


def test_a_selected_passage_is_posted_with_its_context_from_the_version(world):
    client = signed_in(world, "member")
    query = "section=basic_idea&exact=Nuori+valitsee%2C+keit%C3%A4&prefix=sopii+ajan.&suffix=seurantaan"
    form = client.get(url("text_feedback_comment", world.v1.pk, query=query)).content.decode()
    assert "Nuori valitsee, keitä</textarea>" in form and 'value="sopii ajan."' in form
    data = comment_data(world, "Nuori valitsee, keitä", quote_prefix="sopii ajan.", quote_suffix="seurantaan")
    response = client.post(url("text_feedback_comment", world.v1.pk), data)
    post = Post.objects.get(body="<p>Tästä kohdasta kommentti.</p>")
    assert response.status_code == 302 and response["Location"].endswith(f"#post-{post.pk}")
    assert (post.board, post.quote_version, post.section) == (world.board, world.v1, "basic_idea")
    assert post.quote_prefix.endswith("Työntekijä sopii ajan. ") and post.quote_suffix.startswith(" seurantaan")


def test_a_passage_not_in_the_version_is_refused_and_the_text_kept(world):
    client = signed_in(world, "member")
    data = comment_data(world, ENVIRONMENT_V2, client_token="6f1c2a9e-0b7d-4c3e-9a51-7e2d4b8c1f02")
    response = client.post(url("text_feedback_comment", world.v1.pk), data)
    html = response.content.decode()
    assert response.status_code == 400
    assert "This passage is not in version 1 of the model." in html
    assert "Tästä kohdasta kommentti.</textarea>" in html and f"{ENVIRONMENT_V2}</textarea>" in html
    assert not Post.objects.filter(body__contains="Tästä kohdasta kommentti.").exists()


def test_the_board_form_refuses_a_quote_not_in_the_version_too(world):
    client = signed_in(world, "member")
    data = comment_data(world, "Lause, jota mallissa ei ole.", client_token="6f1c2a9e-0b7d-4c3e-9a51-7e2d4b8c1f03")
    response = client.post(url("post_create", world.board.pk), data)
    assert response.status_code == 400 and "This passage is not in version 1 of the model." in response.content.decode()
    assert not Post.objects.filter(body__contains="Tästä kohdasta kommentti.").exists()


def test_a_member_of_two_groups_chooses_the_board(world):
    add_member(world.board_b.round.group, "ammattilainen", Role.PROFESSIONAL)
    client = signed_in(world, "member")
    html = client.get(url("text_feedback_comment", world.v1.pk, query="section=environment")).content.decode()
    assert "Which board does your comment go to?" in html
    assert f'value="{world.board.pk}"' in html and f'value="{world.board_b.pk}"' in html
    assert 'name="section" value="environment"' in html
    query = f"section=environment&board={world.board_b.pk}"
    chosen = client.get(url("text_feedback_comment", world.v1.pk, query=query)).content.decode()
    assert f'name="board" value="{world.board_b.pk}"' in chosen and "Ryhmä B" in chosen


def test_without_an_open_round_the_member_is_told_so(world):
    closed = make_group(models=[world.model], name="Ryhmä C")
    make_board(make_round(closed, 1, "closed"), world.model)
    add_member(closed, "kolmannen-jasen")
    client = Client()
    client.force_login(make_user("kolmannen-jasen"))
    response = client.get(url("text_feedback_comment", world.v1.pk, query="section=environment"))
    assert response.status_code == 200
    assert "None of your groups has a round open for feedback on this model now" in response.content.decode()
    assert not Post.objects.filter(author__username="kolmannen-jasen").exists()


def test_a_post_its_author_deleted_is_not_marked(world):
    member = world.board.round.group.memberships.get(user=world.users["member"])
    removed = make_post(member, world.board, body="Poistettava huomio.", quote=quote_of(world.v1, "sopii ajan"))
    actions.do_remove_post(user=member.user, post=removed)
    assert Post.objects.get(pk=removed.pk).status == PostStatus.REMOVED
    assert "Poistettava huomio." not in notes_html(world, "fac", world.v1)
