"""`{% explain_terms glossary %}…{% endexplain_terms %}`: links glossary terms in the enclosed HTML."""

from django import template
from django.utils.safestring import mark_safe

register = template.Library()


class ExplainTermsNode(template.Node):
    def __init__(self, nodelist, glossary):
        self.nodelist = nodelist
        self.glossary = template.Variable(glossary)

    def render(self, context):
        html = self.nodelist.render(context)
        glossary = self.glossary.resolve(context)
        # The input is already-rendered, escaped template output; explain() only adds links.
        return mark_safe(glossary.explain(html)) if glossary else html  # noqa: S308


@register.tag
def explain_terms(parser, token):
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("explain_terms takes one argument: the glossary")
    nodelist = parser.parse(("endexplain_terms",))
    parser.delete_first_token()
    return ExplainTermsNode(nodelist, bits[1])
