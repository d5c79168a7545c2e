"""Members rate each round's model with traffic lights against the group's criteria; everyone sees the totals only."""

import re
from datetime import timedelta

import pytest
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from codev import evaluation
from codev.actions import FeedbackError
from codev.models import DEFAULT_CRITERIA, Light, MeterCriterion, MeterRating, Role
from testing.codev_factories import add_member, make_board, make_group, make_round
from testing.factories import make_model

pytestmark = pytest.mark.django_db

RED, YELLOW, GREEN = Light.RED.value, Light.YELLOW.value, Light.GREEN.value


def url(name, *args):
    """Addresses in English, so the tests read the English wording whatever catalogues exist."""
    with translation.override("en"):
        return reverse(f"codev:{name}", args=args)


def lights_form(criteria, lights):
    return {f"criterion_{criterion.pk}": light for criterion, light in zip(criteria, lights, strict=True) if light}


def rate(member, board, criteria, lights):
    return evaluation.do_rate(
        member=member,
        board=board,
        lights={criterion.pk: light for criterion, light in zip(criteria, lights, strict=True)},
    )


def close(round_):
    now = timezone.now()
    round_.workshop_starts_at, round_.workshop_ends_at = now - timedelta(days=12), now - timedelta(days=12, hours=-3)
    round_.feedback_opens_at, round_.feedback_closes_at = now - timedelta(days=30), now - timedelta(days=10)
    round_.save()


@pytest.fixture
def criteria(group):
    return evaluation.ensure_criteria(group)


@pytest.fixture
def raters(group, member):
    """Three members who rate: Aino (the member fixture), Kalle and Nella."""
    return [
        member,
        add_member(group, "kokija", Role.EXPERT, display_name="Kokija Kalle"),
        add_member(group, "nuori", Role.YOUNG_PERSON, display_name="Nuori Nella"),
    ]


# Three members × five criteria, and what they add up to by hand (score = average of red 0, yellow 1, green 2).
LIGHTS = [
    [GREEN, GREEN, YELLOW, RED, GREEN],  # Aino
    [GREEN, YELLOW, YELLOW, RED, RED],  # Kalle
    [YELLOW, GREEN, RED, RED, GREEN],  # Nella
]
EXPECTED = [
    # red, yellow, green, score
    (0, 1, 2, 5 / 3),
    (0, 1, 2, 5 / 3),
    (1, 2, 0, 2 / 3),
    (3, 0, 0, 0.0),
    (1, 0, 2, 4 / 3),
]


def test_a_group_gets_the_default_principles_as_criteria_on_first_use(client, group, member, board):
    assert not MeterCriterion.objects.exists()
    client.force_login(member.user)
    page = client.get(url("board_meter", board.pk)).content.decode()
    assert [criterion.text for criterion in group.meter_criteria.all()] == DEFAULT_CRITERIA
    for text in DEFAULT_CRITERIA:
        assert f"<legend>{text}</legend>" in page
    evaluation.ensure_criteria(group)
    assert MeterCriterion.objects.count() == len(DEFAULT_CRITERIA)


def test_each_criterion_offers_three_lights_named_in_words(client, member, board, criteria):
    client.force_login(member.user)
    page = client.get(url("board_meter", board.pk)).content.decode()
    fieldset = page[page.index(f"<legend>{criteria[0].text}</legend>") :]
    fieldset = fieldset[: fieldset.index("</fieldset>")]
    assert fieldset.count('type="radio"') == 3
    assert "Red: not yet" in fieldset and "Yellow: partly" in fieldset and "Green: yes" in fieldset
    assert 'class="light light--red" aria-hidden="true">✕' in fieldset


def test_a_member_rates_the_model_and_changes_a_light_later(client, member, board, criteria):
    client.force_login(member.user)
    response = client.post(url("board_meter", board.pk), lights_form(criteria, [GREEN, YELLOW, None, RED, None]))
    assert response.status_code == 302
    assert "Your lights are saved." in client.get(response["Location"]).content.decode()
    client.post(url("board_meter", board.pk), lights_form(criteria, [RED, None, GREEN, None, None]))
    mine = dict(MeterRating.objects.filter(user=member.user).values_list("criterion_id", "light"))
    assert mine == {criteria[0].pk: RED, criteria[1].pk: YELLOW, criteria[2].pk: GREEN, criteria[3].pk: RED}
    page = client.get(url("board_meter", board.pk)).content.decode()
    assert re.search(rf'name="criterion_{criteria[0].pk}" value="red"[^>]* checked', page)


def test_the_database_holds_one_light_per_member_criterion_and_board(member, board, criteria):
    MeterRating.objects.create(board=board, criterion=criteria[0], user=member.user, light=RED)
    with pytest.raises(IntegrityError), transaction.atomic():
        MeterRating.objects.create(board=board, criterion=criteria[0], user=member.user, light=GREEN)


def test_sending_no_light_is_explained(client, member, board, criteria):
    client.force_login(member.user)
    response = client.post(url("board_meter", board.pk), {f"criterion_{criteria[0].pk}": "purple"})
    assert response.status_code == 400 and "Choose red, yellow or green." in response.content.decode()
    response = client.post(url("board_meter", board.pk), {})
    assert response.status_code == 400
    assert "Choose a light for at least one criterion." in response.content.decode()
    assert not MeterRating.objects.exists()


def test_the_totals_match_a_hand_computed_fixture(board, criteria, raters):
    for member, lights in zip(raters, LIGHTS, strict=True):
        rate(member, board, criteria, lights)
    summary = evaluation.meter_summary(board)
    assert summary["raters"] == 3
    got = [(row["red"], row["yellow"], row["green"], row["score"]) for row in summary["criteria"]]
    assert [row[:3] for row in got] == [row[:3] for row in EXPECTED]
    assert [row[3] for row in got] == pytest.approx([row[3] for row in EXPECTED])
    assert [row["criterion"] for row in summary["criteria"]] == criteria
    assert all(row["count"] == 3 for row in summary["criteria"])


def test_members_see_the_totals_but_never_who_gave_which_light(client, board, criteria, raters):
    for member, lights in zip(raters, LIGHTS, strict=True):
        rate(member, board, criteria, lights)
    client.force_login(raters[1].user)
    page = client.get(url("board_meter", board.pk)).content.decode()
    assert "3 members have given lights." in page
    assert f'<tr><th scope="row">{criteria[3].text}</th><td>3</td><td>0</td><td>0</td><td>0.00</td></tr>' in page
    assert f'<tr><th scope="row">{criteria[0].text}</th><td>0</td><td>1</td><td>2</td><td>1.67</td></tr>' in page
    assert "Ammattilainen Aino" not in page and "Nuori Nella" not in page
    # Kalle's own choices are checked in his form; nobody else's are.
    assert re.search(rf'name="criterion_{criteria[4].pk}" value="red"[^>]* checked', page)
    assert not re.search(rf'name="criterion_{criteria[4].pk}" value="green"[^>]* checked', page)


def test_after_the_round_closes_members_read_the_results_but_rate_no_more(client, member, board, criteria):
    rate(member, board, criteria, [GREEN] * 5)
    close(board.round)
    client.force_login(member.user)
    page = client.get(url("board_meter", board.pk)).content.decode()
    assert "This round does not take ratings now." in page and "meter-form" not in page
    assert f"{criteria[0].text}: Green: yes" in page  # the member's own lights, read only
    response = client.post(url("board_meter", board.pk), lights_form(criteria, [RED] * 5))
    assert response.status_code == 400 and "its feedback window is closed" in response.content.decode()
    assert set(MeterRating.objects.values_list("light", flat=True)) == {GREEN}


def test_observers_see_the_results_but_do_not_rate(client, group, board, criteria):
    observer = add_member(group, "havainnoija", Role.OBSERVER)
    client.force_login(observer.user)
    page = client.get(url("board_meter", board.pk)).content.decode()
    assert "Observers can see the results but do not rate." in page and "meter-form" not in page
    assert client.post(url("board_meter", board.pk), lights_form(criteria, [RED] * 5)).status_code == 400
    assert not MeterRating.objects.exists()


def test_the_action_refuses_another_groups_member_and_a_foreign_criterion(member, board, criteria):
    stranger = add_member(make_group(), "vieras")
    with pytest.raises(FeedbackError):
        rate(stranger, board, criteria, [RED] * 5)
    foreign = evaluation.ensure_criteria(make_group())[0]
    with pytest.raises(FeedbackError):
        evaluation.do_rate(member=member, board=board, lights={foreign.pk: RED})
    assert not MeterRating.objects.exists()


def test_the_trend_follows_the_model_across_three_rounds(client, group, model, raters, criteria):
    boards = [make_board(make_round(group, number, "workshop"), model) for number in (1, 2, 3)]
    other_model = make_model(model.get_parent(), "Toinen malli")
    group.operational_models.add(other_model)
    make_board(boards[0].round, other_model)
    # Round 1: everyone red on the first criterion; round 2: nobody rates; round 3: green, green, yellow.
    for member in raters:
        rate(member, boards[0], criteria[:1], [RED])
    for member, light in zip(raters, [GREEN, GREEN, YELLOW], strict=True):
        rate(member, boards[2], criteria[:1], [light])
    rate(raters[0], boards[2], criteria[1:2], [YELLOW])
    trend = evaluation.meter_trend(group, model)
    assert [round_.number for round_ in trend["rounds"]] == [1, 2, 3]
    assert trend["criteria"][0]["scores"] == pytest.approx([0.0, None, 5 / 3])
    assert trend["criteria"][1]["scores"] == [None, None, 1.0]
    assert trend["overall"] == pytest.approx([0.0, None, 6 / 4])
    assert evaluation.meter_trend(group, other_model)["criteria"][0]["scores"] == [None]

    client.force_login(raters[0].user)
    page = client.get(url("board_meter", boards[2].pk)).content.decode()
    assert '<th scope="row">Round 1</th><td>0.00</td>' in page
    assert '<th scope="row">Round 3</th><td>1.67</td><td>1.00</td>' in page
    assert '<th scope="row">Round 2</th><td>–</td>' in page


def test_facilitators_rename_reorder_add_and_remove_criteria(client, group, facilitator, criteria):
    client.force_login(facilitator.user)
    page = client.get(url("meter_criteria", group.slug)).content.decode()
    assert f'value="{criteria[0].text}"' in page and "New criterion" in page
    data = {"form-TOTAL_FORMS": 6, "form-INITIAL_FORMS": 5, "form-MIN_NUM_FORMS": 0, "form-MAX_NUM_FORMS": 50}
    for index, criterion in enumerate(criteria):
        data.update(
            {
                f"form-{index}-id": criterion.pk,
                f"form-{index}-text": criterion.text,
                f"form-{index}-position": index + 1,
            }
        )
    data["form-0-text"] = "Lapsen etu voittaa"
    data["form-0-position"] = 3
    data["form-4-remove"] = "on"
    data.update({"form-5-text": "Nuoren osallisuus", "form-5-position": 1})
    response = client.post(url("meter_criteria", group.slug), data)
    assert response.status_code == 302
    assert [criterion.text for criterion in group.meter_criteria.all()] == [
        "Nuoren osallisuus",
        DEFAULT_CRITERIA[1],
        "Lapsen etu voittaa",
        DEFAULT_CRITERIA[2],
        DEFAULT_CRITERIA[3],
    ]
    assert group.meter_criteria.get(text="Lapsen etu voittaa").pk == criteria[0].pk  # renamed, not replaced


def test_a_rated_criterion_cannot_be_removed(client, group, facilitator, member, board, criteria):
    rate(member, board, criteria[:1], [GREEN])
    client.force_login(facilitator.user)
    data = {
        "form-TOTAL_FORMS": 1,
        "form-INITIAL_FORMS": 1,
        "form-MIN_NUM_FORMS": 0,
        "form-MAX_NUM_FORMS": 50,
        "form-0-id": criteria[0].pk,
        "form-0-text": criteria[0].text,
        "form-0-position": 1,
        "form-0-remove": "on",
    }
    response = client.post(url("meter_criteria", group.slug), data)
    page = response.content.decode()
    assert response.status_code == 400
    assert "has already been rated, so it cannot be removed" in page and 'role="alert"' in page
    assert group.meter_criteria.count() == 5


def test_the_last_criterion_is_kept_and_an_empty_text_refused(facilitator, group, criteria):
    rows = [{"pk": criterion.pk, "text": criterion.text, "position": 1, "remove": True} for criterion in criteria]
    with pytest.raises(FeedbackError):
        evaluation.do_save_criteria(member=facilitator, group=group, rows=rows)
    with pytest.raises(FeedbackError):
        evaluation.do_save_criteria(
            member=facilitator, group=group, rows=[{"pk": criteria[0].pk, "text": "  ", "position": 1, "remove": False}]
        )
    assert group.meter_criteria.count() == 5


def test_only_facilitators_edit_the_criteria(client, group, member, facilitator):
    address = url("meter_criteria", group.slug)
    assert "login" in client.get(address)["Location"]
    client.force_login(member.user)
    assert client.get(address).status_code == 403
    assert client.post(address, {"form-TOTAL_FORMS": 1, "form-INITIAL_FORMS": 0, "form-0-text": "X"}).status_code == 403
    client.force_login(add_member(make_group(), "muu_fasilitaattori", Role.FACILITATOR).user)
    assert client.get(address).status_code == 403
    assert not MeterCriterion.objects.filter(text="X").exists()


def test_only_members_of_the_group_open_the_meter(client, member, board, criteria):
    address = url("board_meter", board.pk)
    assert "login" in client.get(address)["Location"]
    client.force_login(add_member(make_group(), "ulkopuolinen").user)
    assert client.get(address).status_code == 403
    assert client.post(address, lights_form(criteria, [RED] * 5)).status_code == 403
    client.force_login(member.user)
    assert client.get(url("board_meter", 999)).status_code == 404
    assert not MeterRating.objects.exists()


def test_the_board_and_the_round_page_link_to_the_meter(client, member, board):
    client.force_login(member.user)
    assert url("board_meter", board.pk) in client.get(url("board", board.pk)).content.decode()
    assert url("board_meter", board.pk) in client.get(url("round", board.round.group.slug, 1)).content.decode()


def test_the_meter_page_keeps_its_query_count_however_many_raters_and_rounds(client, group, model, member, criteria):
    boards = [make_board(make_round(group, number, "workshop"), model) for number in (1, 2)]
    rate(member, boards[1], criteria, [GREEN] * 5)
    client.force_login(member.user)
    client.get(url("board_meter", boards[1].pk))  # the site's settings and pages are cached after this
    with CaptureQueriesContext(connection) as few:
        client.get(url("board_meter", boards[1].pk))
    more = [make_board(make_round(group, number, "workshop"), model) for number in range(3, 8)]
    for index in range(8):
        rater = add_member(group, f"arvioija{index}")
        for board in [*boards, *more]:
            rate(rater, board, criteria, [[RED, YELLOW, GREEN][index % 3]] * 5)
    with CaptureQueriesContext(connection) as many:
        page = client.get(url("board_meter", boards[1].pk)).content.decode()
    assert "9 members have given lights." in page
    assert len(many.captured_queries) == len(few.captured_queries)


def test_summary_and_trend_take_a_fixed_number_of_queries(group, model, raters, criteria, django_assert_num_queries):
    boards = [make_board(make_round(group, number, "workshop"), model) for number in (1, 2, 3, 4)]
    for board in boards:
        for member, lights in zip(raters, LIGHTS, strict=True):
            rate(member, board, criteria, lights)
    board = type(boards[0]).objects.select_related("round").get(pk=boards[0].pk)
    with django_assert_num_queries(2):
        evaluation.meter_summary(board)
    with django_assert_num_queries(3):
        trend = evaluation.meter_trend(group, model)
    assert trend["criteria"][3]["scores"] == [0.0] * 4
