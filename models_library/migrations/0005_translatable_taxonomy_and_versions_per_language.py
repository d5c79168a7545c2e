"""Regions and target groups become translatable, tags get names per language, versions record their language.

Existing regions, target groups and versions are Finnish: each list item gets the default locale and a translation
key of its own, each version the locale of its page.
"""

import uuid

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def finnish_originals(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    default = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    if default is None:
        default = Locale.objects.order_by("pk").first()
    for model_name in ("Region", "TargetGroup"):
        model = apps.get_model("models_library", model_name)
        for item in model.objects.all():
            model.objects.filter(pk=item.pk).update(translation_key=uuid.uuid4(), locale=default)
    ModelVersion = apps.get_model("models_library", "ModelVersion")
    Page = apps.get_model("wagtailcore", "Page")
    for page_id, locale_id in Page.objects.filter(pk__in=ModelVersion.objects.values("page_id")).values_list(
        "pk", "locale_id"
    ):
        ModelVersion.objects.filter(page_id=page_id).update(locale_id=locale_id)


def translatable_fields(model_name):
    return [
        migrations.AddField(
            model_name=model_name,
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name=model_name,
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
    ]


def required_translatable_fields(model_name):
    return [
        migrations.AlterField(
            model_name=model_name,
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name=model_name,
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
    ]


class Migration(migrations.Migration):
    dependencies = [
        ("models_library", "0004_table_block_and_unplaced_imported_parts"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        *translatable_fields("region"),
        *translatable_fields("targetgroup"),
        migrations.AddField(
            model_name="modelversion",
            name="locale",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="language",
            ),
        ),
        migrations.RunPython(finnish_originals, migrations.RunPython.noop),
        *required_translatable_fields("region"),
        *required_translatable_fields("targetgroup"),
        migrations.AlterField(
            model_name="modelversion",
            name="locale",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="language",
            ),
        ),
        migrations.AddField(
            model_name="modelversion",
            name="source_version",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="translated_versions",
                to="models_library.modelversion",
                verbose_name="translated from version",
            ),
        ),
        migrations.AlterField(
            model_name="region",
            name="name",
            field=models.CharField(max_length=120, verbose_name="name"),
        ),
        migrations.AlterField(
            model_name="region",
            name="slug",
            field=models.SlugField(max_length=120, verbose_name="slug"),
        ),
        migrations.AlterField(
            model_name="targetgroup",
            name="name",
            field=models.CharField(max_length=160, verbose_name="name"),
        ),
        migrations.AlterField(
            model_name="targetgroup",
            name="slug",
            field=models.SlugField(max_length=160, verbose_name="slug"),
        ),
        migrations.AlterUniqueTogether(
            name="region",
            unique_together={("translation_key", "locale"), ("name", "locale"), ("slug", "locale")},
        ),
        migrations.AlterUniqueTogether(
            name="targetgroup",
            unique_together={("translation_key", "locale"), ("name", "locale"), ("slug", "locale")},
        ),
        migrations.CreateModel(
            name="TagTranslation",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "language",
                    models.CharField(
                        choices=[("sv", "Svenska"), ("en", "English")], max_length=10, verbose_name="language"
                    ),
                ),
                ("name", models.CharField(max_length=100, verbose_name="name")),
                (
                    "tag",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="translations",
                        to="taggit.tag",
                        verbose_name="tag",
                    ),
                ),
            ],
            options={
                "verbose_name": "tag translation",
                "verbose_name_plural": "tag translations",
                "ordering": ["tag__name", "language"],
                "constraints": [
                    models.UniqueConstraint(fields=("tag", "language"), name="one_tag_name_per_language")
                ],
            },
        ),
    ]
