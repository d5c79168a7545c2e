"""Posts hidden while pinned stayed on top of the board, and posts addressed in a version still showed the note of
an earlier decision. Hiding now unpins and addressing clears the note; this does the same for what came before.
The notes stay in each post's disposition history."""

from django.db import migrations


def unpin_hidden_posts_and_clear_stale_notes(apps, schema_editor):
    Post = apps.get_model("codev", "Post")
    Post.objects.filter(status="hidden", is_pinned=True).update(is_pinned=False)
    Post.objects.filter(disposition="addressed").exclude(disposition_note="").update(disposition_note="")


class Migration(migrations.Migration):
    dependencies = [
        ("codev", "0014_facilitator_reminder_notifications"),
    ]

    operations = [
        migrations.RunPython(unpin_hidden_posts_and_clear_stale_notes, migrations.RunPython.noop),
    ]
