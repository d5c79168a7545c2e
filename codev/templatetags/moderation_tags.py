"""Template helpers of the moderation controls."""

from django import template

register = template.Library()


@register.simple_tag
def board_columns(board):
    """The board's columns, fetched once per board object however many posts show the controls."""
    if not hasattr(board, "_columns_for_moderation"):
        board._columns_for_moderation = list(board.columns.all())
    return board._columns_for_moderation
