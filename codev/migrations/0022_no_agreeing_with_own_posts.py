"""Authors could agree with their own posts, which lifted them in "most agreed" and in the dashboard's figures.
Agreeing with oneself is now refused; this removes the self-agreements given before."""

from django.db import migrations
from django.db.models import F


def remove_self_agreements(apps, schema_editor):
    Reaction = apps.get_model("codev", "Reaction")
    Reaction.objects.filter(user_id=F("post__author_id")).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("codev", "0021_column_and_theme_names_in_other_languages"),
    ]

    operations = [
        migrations.RunPython(remove_self_agreements, migrations.RunPython.noop),
    ]
