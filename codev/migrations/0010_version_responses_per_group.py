"""A version's response to feedback belongs to (version, group); existing responses go to the groups they answered.

The group is added before and becomes required after, each in its own migration: on PostgreSQL a table cannot
be altered in the transaction that wrote its rows.
"""

from django.db import migrations, models


def give_responses_to_groups(apps, schema_editor):
    """Each response goes to the groups whose posts it answered.

    The summary stays with the group its writer facilitates; the other answered groups get a response with an
    empty summary, for their own facilitator to write, because the text was not theirs. When the writer
    facilitates none of them (a superuser, or someone who has left), every answered group keeps the text, as the
    public read it until now. A response that answered no posts goes to the writer's groups on the model, or to
    the one group working on it; with no such group it had nothing but its summary and cannot be placed.
    """
    VersionResponse = apps.get_model("codev", "VersionResponse")
    Post = apps.get_model("codev", "Post")
    Membership = apps.get_model("codev", "Membership")
    Group = apps.get_model("codev", "CoDevelopmentGroup")
    for response in VersionResponse.objects.filter(group__isnull=True).select_related("version"):
        page_id = response.version.page_id
        answered = set(
            Post.objects.filter(addressed_in_id=response.version_id).values_list("board__round__group_id", flat=True)
        )
        writers = set(
            Membership.objects.filter(user_id=response.responded_by_id, is_active=True, role="facilitator").values_list(
                "group_id", flat=True
            )
        )
        if not answered:
            on_model = set(
                Group.objects.filter(
                    models.Q(operational_models=page_id) | models.Q(rounds__boards__operational_model=page_id)
                ).values_list("pk", flat=True)
            )
            answered = (writers & on_model) or (on_model if len(on_model) == 1 else set())
        if not answered:
            response.delete()
            continue
        keeps_text = (writers & answered) or answered
        text = response.summary
        first, *others = sorted(answered)
        response.group_id = first
        response.summary = text if first in keeps_text else ""
        response.save(update_fields=["group", "summary"])
        VersionResponse.objects.bulk_create(
            VersionResponse(
                version_id=response.version_id,
                group_id=group_id,
                summary=text if group_id in keeps_text else "",
                responded_by_id=response.responded_by_id,
            )
            for group_id in others
        )


def keep_one_response_per_version(apps, schema_editor):
    """Going back, a version keeps the response written last."""
    VersionResponse = apps.get_model("codev", "VersionResponse")
    kept = set()
    for response in VersionResponse.objects.order_by("version_id", "-updated_at", "-pk"):
        if response.version_id in kept:
            response.delete()
        kept.add(response.version_id)


class Migration(migrations.Migration):
    dependencies = [
        ("codev", "0009_version_response_group"),
    ]

    operations = [
        migrations.RunPython(give_responses_to_groups, keep_one_response_per_version, elidable=False),
    ]
