"""Every post decided before the history was kept gets one row: from new to what it is now, by whom and when."""

from django.db import migrations
from django.db.models import Q

BATCH = 1000


def record_current_dispositions(apps, schema_editor):
    Post = apps.get_model("codev", "Post")
    DispositionChange = apps.get_model("codev", "DispositionChange")
    decided = (
        Post.objects.filter(parent__isnull=True)
        .filter(~Q(disposition="new") | Q(disposition_at__isnull=False))
        .values_list(
            "pk",
            "disposition",
            "disposition_note",
            "disposition_by_id",
            "disposition_at",
            "created_at",
            "addressed_in_id",
        )
        .order_by("pk")
    )
    rows = []
    for pk, disposition, note, actor_id, decided_at, created_at, version_id in decided.iterator(chunk_size=BATCH):
        rows.append(
            DispositionChange(
                post_id=pk,
                actor_id=actor_id,
                from_disposition="new",
                to_disposition=disposition,
                note=note,
                addressed_in_id=version_id,
                created_at=decided_at or created_at,
            )
        )
        if len(rows) == BATCH:
            DispositionChange.objects.bulk_create(rows)
            rows = []
    DispositionChange.objects.bulk_create(rows)


def forget_history(apps, schema_editor):
    apps.get_model("codev", "DispositionChange").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("codev", "0006_disposition_history"),
    ]

    operations = [
        migrations.RunPython(record_current_dispositions, forget_history),
    ]
