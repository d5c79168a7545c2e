"""Every response to feedback has its group, and a group has one response per version."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("codev", "0010_version_responses_per_group"),
    ]

    operations = [
        migrations.AlterField(
            model_name="versionresponse",
            name="group",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="version_responses",
                to="codev.codevelopmentgroup",
                verbose_name="group",
            ),
        ),
        migrations.AddConstraint(
            model_name="versionresponse",
            constraint=models.UniqueConstraint(fields=("version", "group"), name="one_response_per_version_and_group"),
        ),
    ]
