"""Workshop mode in templates: the board's timer and focus, and its short join link."""

from django import template

from codev import join_links, workshop

register = template.Library()


@register.simple_tag
def workshop_state(board):
    return workshop.workshop_state(board)


@register.simple_tag(takes_context=True)
def join_url(context, board):
    return join_links.join_url(board, context.get("request"))
