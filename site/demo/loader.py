"""Writes the demo content to the database; keyed on slugs and usernames, so running it again is safe."""

import base64
import copy
import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.fields import StreamField
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Locale, Page, Site

from home.models import FooterSettings, FooterText, HomePage, StandardPage
from models_library.models import (
    GlossaryPage,
    GlossaryTerm,
    ModelIndexPage,
    OperationalModelPage,
    ProjectIndexPage,
    ProjectPage,
    PublicationKind,
    Region,
    TargetGroup,
)
from models_library.sections import SECTIONS
from models_library.versioning import publication_time

from . import glossary, operational_models, pages, projects, taxonomy, users
from .streams import build_stream
from .swedish.lists import LANGUAGE_CODE as SWEDISH
from .swedish.lists import load_swedish_lists

LANGUAGE_CODES = ("fi", "sv", "en")
DEMO_DEVICE_NAME = "demo authenticator"
SITE_HOSTNAME = "localhost"
SITE_PORT = 8000
# Wagtail's first migration creates this placeholder as the site root; the demo home replaces it.
WELCOME_PAGE_SLUG = "home"
# Numbered public versions ask for a note from the second publication on: this one is for the
# loader restoring a model someone edited, as a new version after the model's own history.
CHANGE_NOTE = "Esittelysisältö päivitetty lähdeaineiston mukaiseksi."


# Models without a history of their own were published before the co-development rounds began.
DEFAULT_DAYS_AGO = 80


@dataclass
class PageSpec:
    """What one page should hold: compared with the page as published before anything is saved."""

    model: type
    slug: str
    fields: dict
    m2m: dict = field(default_factory=dict)
    tags: list | None = None
    children: dict = field(default_factory=dict)
    author: object = None
    # Operational models: (publication kind, change note) of the publication that creates the page.
    publication: tuple | None = None
    # Earlier versions, oldest first: published in turn before this spec when the page is created.
    history: list = field(default_factory=list)
    # How long ago the demo dates this publication, so the history reads as a process over weeks.
    published_days_ago: int | None = None


def demo_totp_key():
    """The demo key as django-otp stores it (hex)."""
    return base64.b32decode(users.DEMO_TOTP_SECRET).hex()


class DemoLoader:
    """Creates what is missing, updates what differs and leaves the rest untouched."""

    def __init__(self):
        self.counts = Counter()
        self.locale = None
        self.author = None

    def load(self):
        with transaction.atomic():
            self.load_locales()
            facilitators = self.load_facilitator_group()
            demo_users = self.load_users(facilitators)
            author = self.author = demo_users["facilitator"]
            regions = self.load_regions()
            target_groups = self.load_target_groups()
            self.load_glossary_terms()
            # Before the models are published, so that their versions record the Swedish names too.
            load_swedish_lists(self, Locale.objects.get(language_code=SWEDISH))

            home = self.load_home()
            library = self.sync_page(home, self.frame_spec(ModelIndexPage, pages.LIBRARY))
            project_index = self.sync_page(home, self.frame_spec(ProjectIndexPage, pages.PROJECT_INDEX))
            self.sync_page(home, self.frame_spec(GlossaryPage, pages.GLOSSARY))
            statement = self.sync_page(home, self.frame_spec(StandardPage, pages.ACCESSIBILITY_STATEMENT))
            privacy = self.sync_page(home, self.frame_spec(StandardPage, pages.PRIVACY_STATEMENT))
            contact = self.sync_page(home, self.frame_spec(StandardPage, pages.CONTACT))
            self.load_footer(statement, privacy, contact)
            self.grant_page_permissions(facilitators, [library, project_index])

            project_pages = {
                data["slug"]: self.sync_page(project_index, self.project_spec(data, regions, author))
                for data in projects.PROJECTS
            }
            for data in operational_models.OPERATIONAL_MODELS:
                spec = self.model_spec(data, regions, target_groups, project_pages, author)
                spec.history = [
                    self.model_spec(version_of(data, step), regions, target_groups, project_pages, author)
                    for step in data.get("history", [])
                ]
                self.sync_page(library, spec)
            # Imported here: the Swedish step builds its specs with this module's PageSpec.
            from .swedish.loader import load_swedish

            load_swedish(self)
        return self.counts

    def count(self, kind, status):
        self.counts[(kind, status)] += 1

    # Languages, users and permissions

    def load_locales(self):
        for code in LANGUAGE_CODES:
            _locale, created = Locale.objects.get_or_create(language_code=code)
            self.count("locale", "created" if created else "unchanged")
        self.locale = Locale.get_default()

    def load_facilitator_group(self):
        group, created = Group.objects.get_or_create(name=users.FACILITATOR_GROUP)
        self.count("group", "created" if created else "unchanged")
        wanted = [Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")]
        # Facilitators start translations of the pages they edit (wagtail-localize's translation editor).
        wanted.append(Permission.objects.get(content_type__app_label="wagtail_localize", codename="submit_translation"))
        wanted += [
            Permission.objects.get(content_type__app_label=app_label, codename=f"{action}_{model}")
            for app_label, model in users.SNIPPET_MODELS
            for action in users.SNIPPET_ACTIONS
        ]
        group.permissions.add(*wanted)
        root_collection = Collection.get_first_root_node()
        for app_label, codename in users.COLLECTION_PERMISSIONS:
            permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission
            )
        return group

    def grant_page_permissions(self, group, page_list):
        page_type = ContentType.objects.get_for_model(Page)
        for codename in users.PAGE_PERMISSIONS:
            permission = Permission.objects.get(content_type=page_type, codename=codename)
            for page in page_list:
                GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)

    def load_users(self, facilitators):
        user_model = get_user_model()
        loaded = {}
        for username, first_name, email, _description in users.DEMO_USERS:
            user, created = user_model.objects.get_or_create(
                username=username, defaults={"first_name": first_name, "email": email}
            )
            # Only the password is set again, so the printed sign-ins always work; names and
            # emails someone changed in the admin stay as they are.
            user.set_password(users.DEMO_PASSWORD)
            user.save(update_fields=["password"])
            if username == "facilitator":
                user.groups.add(facilitators)
            if username in users.DEMO_TOTP_USERS:
                self.load_authenticator(user)
            self.count("user", "created" if created else "password re-set")
            loaded[username] = user
        return loaded

    def load_authenticator(self, user):
        """The documented demo key, set again like the password, so the printed codes always work."""
        key = demo_totp_key()
        device = TOTPDevice.objects.filter(user=user, name=DEMO_DEVICE_NAME).first()
        if device is None:
            TOTPDevice.objects.filter(user=user).delete()
            TOTPDevice.objects.create(user=user, name=DEMO_DEVICE_NAME, key=key, confirmed=True)
            self.count("authenticator", "created")
        elif device.key != key or not device.confirmed:
            device.key, device.confirmed = key, True
            device.save(update_fields=["key", "confirmed"])
            self.count("authenticator", "updated")
        else:
            self.count("authenticator", "unchanged")

    # Snippets

    def upsert(self, kind, model, lookup, values, fallback=None):
        """Find by `lookup` (or `fallback`), create if missing, save only the fields that differ."""
        obj = model.objects.filter(**lookup).first()
        if obj is None and fallback:
            obj = model.objects.filter(**fallback).first()
        if obj is None:
            obj = model.objects.create(**lookup, **values)
            self.count(kind, "created")
            return obj
        changed = {name: value for name, value in {**lookup, **values}.items() if getattr(obj, name) != value}
        if changed:
            for name, value in changed.items():
                setattr(obj, name, value)
            obj.save()
            self.count(kind, "updated")
        else:
            self.count(kind, "unchanged")
        return obj

    def load_regions(self):
        return {
            slug: self.upsert(
                "region",
                Region,
                {"slug": slug, "locale": self.locale},
                {"name": name, "kind": kind},
                fallback={"name": name, "locale": self.locale},
            )
            for slug, name, kind in taxonomy.REGIONS
        }

    def load_target_groups(self):
        return {
            slug: self.upsert(
                "target group",
                TargetGroup,
                {"slug": slug, "locale": self.locale},
                {"name": name},
                fallback={"name": name, "locale": self.locale},
            )
            for slug, name in taxonomy.TARGET_GROUPS
        }

    def load_glossary_terms(self):
        for slug, term, definition, other_names, match_forms in glossary.TERMS:
            self.upsert(
                "glossary term",
                GlossaryTerm,
                {"slug": slug, "locale": self.locale},
                {"term": term, "definition": definition, "other_names": other_names, "match_forms": match_forms},
            )

    # The site

    def load_home(self):
        root = Page.get_first_root_node()
        spec = PageSpec(
            HomePage,
            pages.HOME["slug"],
            {
                "title": pages.HOME["title"],
                "intro": pages.HOME["intro"],
                "body": build_stream(pages.HOME["slug"], "body", pages.HOME["body"]),
            },
        )
        home = self.sync_page(root, spec)
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        wanted = {
            "hostname": SITE_HOSTNAME,
            "port": SITE_PORT,
            "site_name": pages.HOME["title"],
            "root_page_id": home.pk,
        }
        if site.pk is None or any(getattr(site, name) != value for name, value in wanted.items()):
            for name, value in wanted.items():
                setattr(site, name, value)
            site.save()
            self.count("site", "updated")
        # Deleting a page deletes the sites rooted at it, so only once no site points at it.
        welcome_pages = Page.objects.filter(
            depth=2, slug=WELCOME_PAGE_SLUG, content_type=ContentType.objects.get_for_model(Page)
        )
        for welcome in welcome_pages:
            if not Site.objects.filter(root_page=welcome).exists():
                welcome.delete()
                self.count("welcome page", "deleted")
        return home

    def load_footer(self, statement, privacy, contact):
        footer = FooterSettings.load()
        wanted = {
            "accessibility_statement_id": statement.pk,
            "privacy_statement_id": privacy.pk,
            "contact_page_id": contact.pk,
        }
        changed = {name: value for name, value in wanted.items() if getattr(footer, name) != value}
        if changed:
            for name, value in changed.items():
                setattr(footer, name, value)
            footer.save()
            self.count("footer", "updated")
        if not FooterText.objects.filter(locale=self.locale).exists():
            FooterText.objects.create(text=pages.FOOTER_TEXT, locale=self.locale)
            self.count("footer text", "created")

    def frame_spec(self, model, data):
        fields = {"title": data["title"], "intro": data["intro"], "show_in_menus": True}
        if "body" in data:
            fields["body"] = build_stream(data["slug"], "body", data["body"])
        return PageSpec(model, data["slug"], fields)

    def project_spec(self, data, regions, author):
        fields = {
            name: data[name]
            for name in (
                "title",
                "lead",
                "start_date",
                "end_date",
                "period_note",
                "main_implementer",
                "funder",
                "contact_name",
                "contact_organisation",
                "contact_email",
            )
        }
        fields["purpose"] = build_stream(data["slug"], "purpose", data["purpose"])
        return PageSpec(
            ProjectPage,
            data["slug"],
            fields,
            m2m={"regions": [regions[slug] for slug in data["regions"]]},
            children={"co_implementers": [{"name": name, "note": note} for name, note in data["co_implementers"]]},
            author=author,
        )

    def model_spec(self, data, regions, target_groups, project_pages, author):
        fields = {
            name: data[name]
            for name in (
                "title",
                "lead",
                "stage",
                "implementation_area",
                "funder",
                "author_organisation",
                "contact_name",
                "contact_organisation",
                "contact_email",
            )
        }
        fields["project"] = project_pages[data["project"]]
        for section in SECTIONS:
            blocks = data["sections"].get(section.key, [])
            fields[section.key] = build_stream(data["slug"], section.key, blocks)
        return PageSpec(
            OperationalModelPage,
            data["slug"],
            fields,
            m2m={
                "regions": [regions[slug] for slug in data["regions"]],
                "target_groups": [target_groups[slug] for slug in data["target_groups"]],
            },
            tags=data["tags"],
            author=author,
            publication=(data.get("publication_kind", PublicationKind.VERSION), data.get("change_note", "")),
            published_days_ago=data.get("published_days_ago", DEFAULT_DAYS_AGO),
        )

    # Pages

    def sync_page(self, parent, spec):
        """Create or update the page under `parent`; publish only when it is new or differs.

        A new page publishes its history first, one version after another, and then `spec`. A page
        that exists already has its history: it is published once more only if it differs from
        `spec`, so running the loader again adds no versions.
        """
        page = spec.model.objects.child_of(parent).filter(slug=spec.slug, locale=self.locale).first()
        if page is None:
            first, *later = [*spec.history, spec]
            page = spec.model(slug=spec.slug, live=False)
            apply_spec(page, first)
            set_publication(page, first.publication)
            parent.add_child(instance=page)
            self.publish(page, first)
            for step in later:
                page = spec.model.objects.get(pk=page.pk)
                apply_spec(page, step)
                set_publication(page, step.publication)
                self.publish(page, step)
            self.count("page", "created")
            return spec.model.objects.get(pk=page.pk)
        before = snapshot(page, spec)
        apply_spec(page, spec)
        if snapshot(page, spec) == before:
            self.count("page", "unchanged")
            return page
        if spec.publication is not None:
            set_publication(page, (PublicationKind.VERSION, CHANGE_NOTE))
        self.publish(page, spec)
        self.count("page", "updated")
        return spec.model.objects.get(pk=page.pk)

    def sync_translation(self, source, locale, spec):
        """Create or update the translation of `source` into `locale` that `spec` describes.

        A new translation is Wagtail's copy for translation of the published source (same translation
        key; relations, tags and child objects carried over), given the spec's texts and published. An
        existing one is published again only if it differs from `spec`, as in `sync_page`.
        """
        page = spec.model.objects.filter(translation_key=source.translation_key, locale=locale).first()
        before = None
        if page is None:
            page = spec.model.objects.get(pk=source.copy_for_translation(locale, copy_parents=True).pk)
        elif page.alias_of_id:
            # An alias shows the source as it is (a tree kept in sync per language makes them): the
            # translation is a page of its own.
            ConvertAliasPageAction(page).execute(skip_permission_checks=True)
            page = spec.model.objects.get(pk=page.pk)
        else:
            before = (page.slug, snapshot(page, spec))
        page.slug = spec.slug
        apply_spec(page, spec)
        if before is not None and (page.slug, snapshot(page, spec)) == before:
            self.count("page translation", "unchanged")
            return page
        set_publication(page, spec.publication)
        self.publish(page, spec)
        self.count("page translation", "created" if before is None else "updated")
        return spec.model.objects.get(pk=page.pk)

    def publish(self, page, spec):
        # The loader acts for the system: the demo author is recorded on the revision, but page
        # permissions (granted only on the listing pages) are not the loader's limit.
        moment = timezone.now() - timedelta(days=spec.published_days_ago) if spec.published_days_ago else None
        with publication_time(moment):
            page.save_revision(user=spec.author).publish(user=spec.author, skip_permission_checks=True)
        if spec.publication is not None:
            self.count("model version", "created")


def version_of(data, step):
    """An earlier version of a model: `data` with the step's fields and whole sections in place."""
    overrides = {name: value for name, value in step.items() if name != "sections"}
    sections = {**data["sections"], **step.get("sections", {})}
    return {**data, **overrides, "sections": sections, "history": []}


def set_publication(page, publication):
    """Publication kind and change note for the next publication; every one becomes a version."""
    if publication is not None:
        page.publication_kind, page.change_note = publication


def apply_spec(page, spec):
    for name, value in spec.fields.items():
        # A StreamValue keeps a reference to the raw list it was given; never share the spec's.
        setattr(page, name, copy.deepcopy(value) if isinstance(value, list) else value)
    for name, objects in spec.m2m.items():
        getattr(page, name).set(objects)
    if spec.tags is not None:
        page.tags.set(spec.tags)
    for name, rows in spec.children.items():
        child_model = page._meta.get_field(name).related_model
        setattr(page, name, [child_model(sort_order=index, **row) for index, row in enumerate(rows)])


def snapshot(page, spec):
    """The page's values for every field the spec sets, in a form that compares by content."""
    data = {}
    for name in spec.fields:
        model_field = page._meta.get_field(name)
        value = getattr(page, name)
        if isinstance(model_field, StreamField):
            value = json.dumps([child.get_prep_value() for child in value], sort_keys=True, default=str)
        elif model_field.many_to_one:
            value = getattr(page, model_field.attname)
        data[name] = value
    for name in spec.m2m:
        data[name] = sorted(obj.pk for obj in getattr(page, name).all())
    if spec.tags is not None:
        data["tags"] = sorted(tag.name for tag in page.tags.all())
    for name, rows in spec.children.items():
        keys = sorted({key for row in rows for key in row})
        data[name] = [[getattr(child, key) for key in keys] for child in getattr(page, name).all()]
    return data
