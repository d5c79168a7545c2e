"""After the workshop, members evaluate the round; facilitators read the results, anonymous answers without names."""

import re
from datetime import timedelta

import pytest
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from codev import evaluation
from codev.actions import FeedbackError
from codev.models import Role, RoundEvaluation
from testing.codev_factories import add_member, make_group, make_round

pytestmark = pytest.mark.django_db

SECRET_NAME = "Salainen Sanna"


def url(name, *args):
    """Addresses in English, so the tests read the English wording whatever catalogues exist."""
    with translation.override("en"):
        return reverse(f"codev:{name}", args=args)


def evaluation_url(round_, results=False):
    name = "round_evaluation_results" if results else "round_evaluation"
    return url(name, round_.group.slug, round_.number)


def answer(
    usefulness=4, heard=5, takeaway="Otan käyttöön verkostokartan.", should_change="Lyhyemmät tauot.", anonymous=True
):
    data = {"usefulness": usefulness, "heard": heard, "takeaway": takeaway, "should_change": should_change}
    if anonymous:
        data["is_anonymous"] = "on"
    return data


def close(round_):
    """The round is over: the workshop and the feedback window are in the past."""
    now = timezone.now()
    round_.workshop_starts_at, round_.workshop_ends_at = now - timedelta(days=12), now - timedelta(days=12, hours=-3)
    round_.feedback_opens_at, round_.feedback_closes_at = now - timedelta(days=30), now - timedelta(days=10)
    round_.save()


def evaluate(member, round_, usefulness, heard, **fields):
    return evaluation.do_evaluate(member=member, round_=round_, usefulness=usefulness, heard=heard, **fields)[0]


@pytest.fixture
def workshop_round(group):
    """The workshop started an hour ago; feedback closes tomorrow."""
    return make_round(group, 1, "workshop")


@pytest.fixture
def secret(group):
    return add_member(group, "salainen", Role.EXPERT, display_name=SECRET_NAME)


def test_a_member_evaluates_the_round_once_the_workshop_has_started(client, member, workshop_round):
    client.force_login(member.user)
    page = client.get(evaluation_url(workshop_round)).content.decode()
    assert "<legend>How useful was this round for you?</legend>" in page
    assert "<legend>Did you feel heard in this round?</legend>" in page
    assert "1 = not at all" in page and "5 = very much" in page
    assert re.search(r'<input type="checkbox" name="is_anonymous"[^>]* checked>', page)
    assert "facilitators see the results without your name" in page

    response = client.post(evaluation_url(workshop_round), answer())
    assert response.status_code == 302
    saved = RoundEvaluation.objects.get()
    assert (saved.user, saved.usefulness, saved.heard, saved.is_anonymous) == (member.user, 4, 5, True)
    assert saved.takeaway == "Otan käyttöön verkostokartan."
    assert "Thank you: your evaluation is saved." in client.get(response["Location"]).content.decode()


def test_sending_again_changes_the_answer_and_never_adds_a_second(client, member, workshop_round):
    client.force_login(member.user)
    client.post(evaluation_url(workshop_round), answer())
    response = client.post(
        evaluation_url(workshop_round), answer(usefulness=2, takeaway="", anonymous=False), follow=True
    )
    assert "Your evaluation is updated." in response.content.decode()
    saved = RoundEvaluation.objects.get()
    assert (saved.usefulness, saved.heard, saved.takeaway, saved.is_anonymous) == (2, 5, "", False)
    page = client.get(evaluation_url(workshop_round)).content.decode()
    assert "Your answer is saved (" in page
    assert re.search(r'<input type="radio" name="usefulness" value="2"[^>]* checked>', page)


def test_the_database_holds_one_evaluation_per_member_and_round(member, workshop_round):
    RoundEvaluation.objects.create(round=workshop_round, user=member.user, usefulness=3, heard=3)
    with pytest.raises(IntegrityError), transaction.atomic():
        RoundEvaluation.objects.create(round=workshop_round, user=member.user, usefulness=5, heard=5)


def test_observers_evaluate_the_round_too(client, group, workshop_round):
    observer = add_member(group, "havainnoija", Role.OBSERVER)
    client.force_login(observer.user)
    assert client.post(evaluation_url(workshop_round), answer()).status_code == 302
    assert RoundEvaluation.objects.filter(user=observer.user).exists()


def test_the_evaluation_opens_when_the_workshop_starts(client, member, open_round):
    client.force_login(member.user)
    page = client.get(evaluation_url(open_round)).content.decode()
    assert "The evaluation opens when the workshop starts" in page
    assert "evaluation-form" not in page
    response = client.post(evaluation_url(open_round), answer())
    assert response.status_code == 400
    assert "The evaluation opens when the workshop starts" in response.content.decode()
    assert not RoundEvaluation.objects.exists()


def test_after_the_workshop_the_evaluation_stays_open_while_the_round_takes_feedback(client, member, group):
    now = timezone.now()
    round_ = make_round(
        group, 1, "open", workshop_starts_at=now - timedelta(days=1), workshop_ends_at=now - timedelta(days=1, hours=-3)
    )
    client.force_login(member.user)
    assert "evaluation-form" in client.get(evaluation_url(round_)).content.decode()
    assert client.post(evaluation_url(round_), answer()).status_code == 302


def test_after_the_round_closes_the_member_reads_their_answer_but_cannot_change_it(client, member, workshop_round):
    client.force_login(member.user)
    client.post(evaluation_url(workshop_round), answer(takeaway="Kysyn nuorelta ensin."))
    close(workshop_round)
    page = client.get(evaluation_url(workshop_round)).content.decode()
    assert "your evaluation can no longer be changed" in page
    assert "Kysyn nuorelta ensin." in page and "4 of 5" in page
    assert "evaluation-form" not in page

    response = client.post(evaluation_url(workshop_round), answer(usefulness=1, takeaway="Uusi ajatus."))
    page = response.content.decode()
    assert response.status_code == 400
    assert "The round has closed" in page and 'role="alert"' in page
    assert "Uusi ajatus." in page  # the text is kept for the member to copy
    assert RoundEvaluation.objects.get().usefulness == 4


def test_a_closed_round_without_an_answer_says_so(client, member, workshop_round):
    close(workshop_round)
    client.force_login(member.user)
    assert "no longer takes answers" in client.get(evaluation_url(workshop_round)).content.decode()


def test_a_missing_number_or_a_too_long_answer_is_explained_and_the_text_kept(client, member, workshop_round):
    client.force_login(member.user)
    response = client.post(evaluation_url(workshop_round), {"heard": 9, "takeaway": "Hyvä kierros."})
    page = response.content.decode()
    assert response.status_code == 400
    assert page.count("Choose a number from 1 to 5.") == 2 and 'role="alert"' in page
    assert "Hyvä kierros." in page
    response = client.post(evaluation_url(workshop_round), answer(should_change="x" * 2001))
    assert response.status_code == 400
    assert not RoundEvaluation.objects.exists()


def test_the_action_refuses_another_groups_member_and_numbers_outside_the_scale(member, workshop_round):
    stranger = add_member(make_group(), "vieras")
    with pytest.raises(FeedbackError):
        evaluate(stranger, workshop_round, 3, 3)
    with pytest.raises(FeedbackError):
        evaluate(member, workshop_round, 0, 6)
    assert not RoundEvaluation.objects.exists()


def test_facilitators_see_anonymous_answers_without_names(client, facilitator, member, secret, workshop_round):
    evaluate(secret, workshop_round, 5, 5, takeaway="Nuoren ääni kuului.", is_anonymous=True)
    evaluate(member, workshop_round, 3, 4, should_change="Enemmän aikaa pienryhmille.", is_anonymous=False)
    client.force_login(facilitator.user)
    page = client.get(evaluation_url(workshop_round, results=True)).content.decode()
    assert "Nuoren ääni kuului." in page and "Enemmän aikaa pienryhmille." in page
    assert SECRET_NAME not in page and "Salainen" not in page and "salainen" not in page
    assert "Anonymous member" in page
    assert "Ammattilainen Aino" in page  # chose to answer with her name


def test_the_results_show_averages_and_distributions_computed_by_hand(client, group, facilitator, workshop_round):
    # usefulness 5, 4, 4, 2: average 15 / 4 = 3.75; heard 3, 5, 4, 4: average 16 / 4 = 4.00
    for index, (usefulness, heard) in enumerate([(5, 3), (4, 5), (4, 4), (2, 4)]):
        evaluate(add_member(group, f"vastaaja{index}"), workshop_round, usefulness, heard)
    summary = evaluation.evaluation_summary(workshop_round)
    assert summary["count"] == 4
    assert summary["usefulness"] == {"average": 3.75, "distribution": [(1, 0), (2, 1), (3, 0), (4, 2), (5, 1)]}
    assert summary["heard"] == {"average": 4.0, "distribution": [(1, 0), (2, 0), (3, 1), (4, 2), (5, 1)]}

    client.force_login(facilitator.user)
    page = client.get(evaluation_url(workshop_round, results=True)).content.decode()
    assert "4 members answered." in page
    assert "3.75 of 5" in page and "4.00 of 5" in page
    assert page.count('role="img"') == 3  # two distributions and the trend
    assert '<th scope="row">4</th><td>2</td>' in page


def test_a_round_without_answers_has_no_averages(workshop_round):
    summary = evaluation.evaluation_summary(workshop_round)
    assert summary["count"] == 0 and summary["usefulness"]["average"] is None
    assert summary["heard"]["distribution"] == [(value, 0) for value in range(1, 6)]


def test_the_trend_follows_the_averages_across_three_rounds(client, group, facilitator):
    rounds = [make_round(group, number, "workshop") for number in (1, 2, 3)]
    members = [add_member(group, f"jasen{index}") for index in range(2)]
    # Round 1: (2, 3) and (4, 3); round 2: no answers; round 3: (5, 4) and (4, 5).
    for member, (usefulness, heard) in zip(members, [(2, 3), (4, 3)], strict=True):
        evaluate(member, rounds[0], usefulness, heard)
    for member, (usefulness, heard) in zip(members, [(5, 4), (4, 5)], strict=True):
        evaluate(member, rounds[2], usefulness, heard)
    trend = evaluation.evaluation_trend(group)
    assert [(row["round"].number, row["count"], row["usefulness"], row["heard"]) for row in trend] == [
        (1, 2, 3.0, 3.0),
        (2, 0, None, None),
        (3, 2, 4.5, 4.5),
    ]

    client.force_login(facilitator.user)
    page = client.get(evaluation_url(rounds[2], results=True)).content.decode()
    assert '<th scope="row">Round 1</th><td>3.00</td><td>3.00</td>' in page
    assert '<th scope="row">Round 2</th><td>–</td><td>–</td>' in page
    assert '<th scope="row">Round 3</th><td>4.50</td><td>4.50</td>' in page


@pytest.mark.parametrize("results", [False, True])
def test_only_members_open_the_evaluation_and_only_facilitators_its_results(
    client, member, facilitator, workshop_round, results
):
    address = evaluation_url(workshop_round, results=results)
    assert "login" in client.get(address)["Location"]
    client.force_login(add_member(make_group(), "ulkopuolinen").user)
    assert client.get(address).status_code == 403
    client.force_login(member.user)
    assert client.get(address).status_code == (403 if results else 200)
    client.force_login(facilitator.user)
    assert client.get(address).status_code == 200
    assert client.get(url("round_evaluation", workshop_round.group.slug, 99)).status_code == 404


def test_an_outsider_cannot_answer(client, workshop_round):
    client.force_login(add_member(make_group(), "ulkopuolinen").user)
    assert client.post(evaluation_url(workshop_round), answer()).status_code == 403
    assert not RoundEvaluation.objects.exists()


def test_the_round_page_links_to_the_evaluation(client, member, facilitator, workshop_round):
    client.force_login(member.user)
    page = client.get(url("round", workshop_round.group.slug, 1)).content.decode()
    assert evaluation_url(workshop_round) in page and evaluation_url(workshop_round, results=True) not in page
    client.force_login(facilitator.user)
    page = client.get(url("round", workshop_round.group.slug, 1)).content.decode()
    assert evaluation_url(workshop_round, results=True) in page


def test_the_results_page_keeps_its_query_count_however_many_answers_and_rounds(client, group, facilitator):
    rounds = [make_round(group, number, "workshop") for number in (1, 2)]
    for index in range(3):
        evaluate(
            add_member(group, f"eka{index}"), rounds[0], 3, 4, takeaway=f"Ajatus {index}", is_anonymous=index % 2 == 0
        )
    client.force_login(facilitator.user)
    client.get(evaluation_url(rounds[0], results=True))  # the site's settings and pages are cached after this
    with CaptureQueriesContext(connection) as few:
        client.get(evaluation_url(rounds[0], results=True))
    for number in range(3, 9):
        make_round(group, number, "workshop")
    for index in range(12):
        evaluate(
            add_member(group, f"toka{index}"),
            rounds[0],
            5,
            2,
            should_change=f"Muutos {index}",
            is_anonymous=index % 2 == 0,
        )
    with CaptureQueriesContext(connection) as many:
        page = client.get(evaluation_url(rounds[0], results=True)).content.decode()
    assert "Muutos 11" in page
    assert len(many.captured_queries) == len(few.captured_queries)


def test_summary_and_trend_take_one_query_each(group, django_assert_num_queries):
    rounds = [make_round(group, number, "workshop") for number in (1, 2, 3)]
    for index in range(3):
        member = add_member(group, f"m{index}")
        for round_ in rounds:
            evaluate(member, round_, 3, 3)
    with django_assert_num_queries(1):
        evaluation.evaluation_summary(rounds[0])
    with django_assert_num_queries(1):
        assert len(evaluation.evaluation_trend(group)) == 3
