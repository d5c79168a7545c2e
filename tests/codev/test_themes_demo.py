"""The demo's open round has feedback enough for its themes to mean something, and loading again adds none."""

import io

import pytest
from django.core.management import call_command

from codev.models import CoDevelopmentGroup, Post
from codev.themes.overview import build
from codev.themes.scope import round_scope
from demo.codev import GROUP
from demo.codev_themes import OPEN_ROUND

pytestmark = pytest.mark.django_db


def test_the_open_round_of_the_demo_groups_into_several_named_themes(db):
    call_command("load_demo_content", stdout=io.StringIO())
    posts = Post.objects.count()

    overview = build(round_scope(CoDevelopmentGroup.objects.get(slug=GROUP["slug"]), OPEN_ROUND))

    assert not overview.too_few and len(overview.posts) >= 30
    assert len(overview.themes) >= 4
    assert all(view.name for view in overview.themes)
    call_command("load_demo_content", stdout=io.StringIO())
    assert Post.objects.count() == posts
