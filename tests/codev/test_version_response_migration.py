"""Responses recorded before they belonged to a group go to the groups whose posts they answered."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from codev.models import Post, Role, VersionResponse
from models_library.models import ModelVersion
from testing.codev_factories import add_member, make_board, make_group, make_post, make_round
from testing.factories import build_site, make_model
from tests.test_versions import publish

# Moving the schema back and forth needs a database outside the test's transaction. The serialized rollback
# restores what migrations made (Wagtail's root page, permissions) where an earlier such test flushed it.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

GROUP_ADDED = ("codev", "0009_version_response_group")


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return MigrationExecutor(connection).loader.project_state(targets).apps


def before_per_group():
    graph = MigrationExecutor(connection).loader.graph
    return [parent for parent in graph.node_map[GROUP_ADDED].parents if parent.key[0] == "codev"][0].key


def test_old_responses_go_to_the_groups_they_answered_and_the_text_stays_with_its_writer():
    library = build_site()["library"]
    shared, alone = make_model(library, "Yhteinen malli"), make_model(library, "Oma malli")
    group_a, group_b = make_group(models=[shared, alone], name="Ryhmä A"), make_group(models=[shared], name="Ryhmä B")
    writer = add_member(group_a, "vetaja-a", Role.FACILITATOR)
    posts = [
        make_post(add_member(group, f"jasen-{index}"), make_board(make_round(group, 1, "open"), shared))
        for index, group in enumerate((group_a, group_b))
    ]
    shared_v2 = ModelVersion.objects.for_page(publish(shared, note="Palautteen pohjalta.")).newest_first().first()
    alone_v2 = ModelVersion.objects.for_page(publish(alone, note="Pieni korjaus.")).newest_first().first()
    Post.objects.filter(pk__in=[post.pk for post in posts]).update(addressed_in=shared_v2)
    leaves = MigrationExecutor(connection).loader.graph.leaf_nodes()

    old = migrate([before_per_group()])
    OldResponse = old.get_model("codev", "VersionResponse")
    OldResponse.objects.create(
        version_id=shared_v2.pk, summary="Ryhmän A vetäjän teksti.", responded_by_id=writer.user_id
    )
    OldResponse.objects.create(version_id=alone_v2.pk, summary="Vain yhteenveto.")
    migrate(leaves)

    responses = {
        (response.version_id, response.group.name): response.summary
        for response in VersionResponse.objects.select_related("group")
    }
    assert responses == {
        (shared_v2.pk, "Ryhmä A"): "Ryhmän A vetäjän teksti.",
        (shared_v2.pk, "Ryhmä B"): "",
        (alone_v2.pk, "Ryhmä A"): "Vain yhteenveto.",
    }
