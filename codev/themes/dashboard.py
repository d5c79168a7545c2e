"""The group's curated themes as the dashboard shows them: name, where from, posts, and a link to triage."""

from django.db.models import Count, Q

from codev.forms.triage import curated_themes, theme_label


def dashboard_themes(group, round_=None):
    """Curated themes of the chosen round's boards and of the round, with model-wide ones; all without a round."""
    themes = curated_themes(group).annotate(post_count=Count("assignments", distinct=True))
    if round_ is not None:
        themes = themes.filter(Q(board__round=round_) | Q(round=round_) | Q(operational_model__isnull=False))
    return [{"theme": theme, "label": theme_label(theme), "posts": theme.post_count} for theme in themes]
