"""A response to feedback gets a group (filled in by the next migration); a version may have several responses."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("codev", "0008_two_factor_events"),
        ("models_library", "0003_checklist_column_defaults"),
    ]

    operations = [
        migrations.AddField(
            model_name="versionresponse",
            name="group",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="version_responses",
                to="codev.codevelopmentgroup",
                verbose_name="group",
            ),
        ),
        migrations.AlterField(
            model_name="versionresponse",
            name="version",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="feedback_responses",
                to="models_library.modelversion",
                verbose_name="version",
            ),
        ),
    ]
