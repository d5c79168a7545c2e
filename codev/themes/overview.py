"""What a themes page shows: each theme's posts, who speaks in it by role, agreements and sections."""

from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count, OuterRef, Subquery

from codev.models import Membership, Role, ThemeAssignment
from codev.themes.grouping import nearest_themes, suggest
from common.html_text import plain_text
from models_library.sections import SECTIONS

# The roles whose voices a theme is counted by; facilitators' and observers' posts count as "others".
SPEAKING_ROLES = (Role.PROFESSIONAL, Role.EXPERT, Role.YOUNG_PERSON, Role.MANAGER)
SECTION_TITLES = {section.key: section.label for section in SECTIONS}


@dataclass
class ThemeView:
    name: str
    posts: list
    theme: object = None  # the saved Theme; None for a suggestion not kept yet
    suggested: list = field(default_factory=list)  # not yet themed posts suggested into it

    @property
    def agreements(self):
        return sum(post.agree_count for post in self.posts)

    @property
    def roles(self):
        counted = Counter(post.author_role for post in self.posts)
        rows = [{"role": role, "label": role.label, "count": counted.get(role.value, 0)} for role in SPEAKING_ROLES]
        others = sum(count for role, count in counted.items() if role not in {r.value for r in SPEAKING_ROLES})
        return {"rows": rows, "others": others}

    @property
    def sections(self):
        counted = Counter(post.section for post in self.posts if post.section)
        return [
            {"key": key, "title": SECTION_TITLES.get(key, key), "count": count}
            for key, count in sorted(counted.items(), key=lambda item: (-item[1], item[0]))
        ]


@dataclass
class Overview:
    posts: list
    themes: list
    unthemed: list
    curated: bool
    too_few: bool
    dismissed: list = field(default_factory=list)


def scope_posts(scope):
    """The scope's posts with what the page shows, in id order (the order grouping needs to be stable)."""
    return list(
        scope.posts()
        .select_related("author__codev_profile", "board__round", "board__operational_model", "column", "parent")
        .annotate(
            agree_count=Count("reactions", distinct=True),
            author_role=Subquery(
                Membership.objects.filter(group=scope.group, user=OuterRef("author_id")).values("role")[:1]
            ),
        )
        .order_by("pk")
    )


def build(scope):
    posts = scope_posts(scope)
    for post in posts:
        post.text = plain_text(post.body)
        post.author_role_label = Role(post.author_role).label if post.author_role else ""
        post.suggested_theme = None
    saved = list(scope.themes().order_by("pk"))
    if not any(not theme.is_dismissed for theme in saved):
        return suggested_overview(posts, saved)
    return curated_overview(scope, posts, saved)


def suggested_overview(posts, dismissed):
    suggestion = suggest([post.text for post in posts])
    themes = [ThemeView(item.name, [posts[index] for index in item.members]) for item in suggestion.themes]
    return Overview(
        posts=posts,
        themes=themes,
        unthemed=[posts[index] for index in suggestion.unthemed],
        curated=False,
        too_few=suggestion.too_few,
        dismissed=dismissed,
    )


def curated_overview(scope, posts, saved):
    placed = dict(
        ThemeAssignment.objects.filter(group=scope.group, scope_key=scope.key).values_list("post_id", "theme_id")
    )
    views = {theme.pk: ThemeView(theme.name, [], theme) for theme in saved}
    unthemed = []
    for post in posts:
        theme_id = placed.get(post.pk)
        if theme_id in views:
            views[theme_id].posts.append(post)
        else:
            unthemed.append(post)
    active = [view for view in views.values() if not view.theme.is_dismissed]
    labels = [placed.get(post.pk) if placed.get(post.pk) in {v.theme.pk for v in active} else None for post in posts]
    # Posts of dismissed themes are not suggested anywhere: the facilitator set them aside.
    dismissed_ids = {view.theme.pk for view in views.values() if view.theme.is_dismissed}
    nearest = nearest_themes([post.text for post in posts], labels)
    for post, theme_id in zip(posts, nearest, strict=True):
        post.suggested_theme = views[theme_id].theme if theme_id in views else None
        if post.suggested_theme and placed.get(post.pk) not in dismissed_ids:
            views[theme_id].suggested.append(post)
    active.sort(key=lambda view: (-len(view.posts), view.theme.pk))
    return Overview(
        posts=posts,
        themes=active,
        unthemed=unthemed,
        curated=True,
        too_few=False,
        dismissed=[view.theme for view in views.values() if view.theme.is_dismissed],
    )
