"""StreamField blocks for model descriptions; CONTENT_BLOCKS is the set every section offers.

Each block with a template of its own shows the editor an example in the block picker (`get_preview_value`, in the
editor's language; site/templates/wagtailcore/shared/block_preview.html gives it the site's styles). Blocks that
need a chosen image or document have a description only.
"""

from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]
TABLE_CELL_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class HeadingBlock(blocks.StructBlock):
    """A subheading inside a section; sections already carry the page's h2."""

    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", "h2"), ("h3", "h3"), ("h4", "h4"), ("h5", "h5")],
        default="h4",
        help_text=_("In a model description the sections are h3, so headings inside them are h4."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        label = _("Heading")
        description = _("A subheading within the section")

    def get_preview_value(self):
        return self.normalize({"text": gettext("Who takes part in the network meeting"), "level": "h4"})


class ExpertQuoteBlock(blocks.StructBlock):
    """Words of an expert by experience, attributed by role rather than by name."""

    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(
        label=_("Attribution"),
        required=False,
        max_length=200,
        help_text=_("A role, e.g. 'expert by experience, parent'. Do not name people without consent."),
    )

    class Meta:
        icon = "openquote"
        template = "blocks/expert_quote.html"
        label = _("Quote from an expert by experience")
        description = _("A quotation that brings lived experience into the description")

    def get_preview_value(self):
        return self.normalize(
            {
                "quote": gettext("We were finally heard together, not each of us alone."),
                "attribution": gettext("expert by experience, parent"),
            }
        )


class ProcessStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=200)
    description = blocks.RichTextBlock(label=_("Description"), features=RICH_TEXT_FEATURES, required=False)
    responsible = blocks.CharBlock(label=_("Who is responsible"), required=False, max_length=200)


class ProcessStepsBlock(blocks.StructBlock):
    """An ordered process: who does what, step by step."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    steps = blocks.ListBlock(ProcessStepBlock(), label=_("Steps"), min_num=1)

    class Meta:
        icon = "list-ol"
        template = "blocks/process_steps.html"
        label = _("Process steps")
        description = _("Numbered steps of the process")

    def get_preview_value(self):
        return self.normalize(
            {
                "title": gettext("Preparing the network meeting"),
                "steps": [
                    {
                        "title": gettext("Agree on the meeting with the young person"),
                        "description": format_html("<p>{}</p>", gettext("Ask who the young person wants to invite.")),
                        "responsible": gettext("Case worker"),
                    },
                    {"title": gettext("Invite the network"), "description": "", "responsible": ""},
                ],
            }
        )


class DocumentBlock(blocks.StructBlock):
    """A downloadable attachment with a visible title."""

    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Title"), required=False, max_length=200, help_text=_("Leave empty to use the document's own title.")
    )
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "doc-full"
        template = "blocks/document.html"
        label = _("Attachment")
        description = _("A document to download")


class LinkBlock(blocks.StructBlock):
    """A link to an outside resource, with a title that makes sense out of context."""

    url = blocks.URLBlock(label=_("Address"))
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "link"
        template = "blocks/link.html"
        label = _("Link")
        description = _("A link to another website")

    def get_preview_value(self):
        return self.normalize(
            {
                "url": "https://innokyla.fi/",
                "title": gettext("Innokylä: the library of operational models"),
                "description": gettext("Operational models developed around Finland."),
            }
        )


class ChecklistItemBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Item"), max_length=300)


class ChecklistBlock(blocks.StructBlock):
    """A checklist people print and tick, optionally one column for the worker and one for the family."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    intro = blocks.TextBlock(label=_("Instructions"), required=False)
    two_columns = blocks.BooleanBlock(
        label=_("Two columns to tick"),
        required=False,
        help_text=_("One column for the worker and one for the young person or family."),
    )
    worker_column = blocks.CharBlock(
        label=_("Worker's column"),
        required=False,
        max_length=60,
        help_text=_("Leave empty for “Worker” in the reader's language."),
    )
    family_column = blocks.CharBlock(
        label=_("Young person's / family's column"),
        required=False,
        max_length=60,
        help_text=_("Leave empty for “Young person / family” in the reader's language."),
    )
    items = blocks.ListBlock(ChecklistItemBlock(), label=_("Items"), min_num=1)

    class Meta:
        icon = "tasks"
        template = "blocks/checklist.html"
        label = _("Printable checklist")
        description = _("Items to tick, on screen or on paper")

    def get_preview_value(self):
        return self.normalize(
            {
                "title": gettext("Before the meeting"),
                "intro": gettext("Tick each item together with the young person."),
                "two_columns": True,
                "worker_column": "",
                "family_column": "",
                "items": [
                    {"text": gettext("The young person knows why we meet")},
                    {"text": gettext("Everyone invited knows the time and place")},
                ],
            }
        )


class TableBlock(TypedTableBlock):
    """A table with a heading per column; cells keep bold, italics and links (tables of imported documents)."""

    def __init__(self, **kwargs):
        super().__init__(
            [("text", blocks.RichTextBlock(features=TABLE_CELL_FEATURES, label=_("Text")))],
            **kwargs,
        )

    class Meta:
        icon = "table"
        template = "blocks/table.html"
        label = _("Table")
        description = _("Rows and columns, each column with a heading")


CONTENT_BLOCKS = [
    (
        "paragraph",
        blocks.RichTextBlock(
            features=RICH_TEXT_FEATURES,
            label=_("Text"),
            template="blocks/paragraph.html",
            icon="pilcrow",
            description=_("Paragraphs, lists and links"),
        ),
    ),
    ("heading", HeadingBlock()),
    ("image", ImageBlock(label=_("Image"), template="blocks/image.html")),
    ("quote", ExpertQuoteBlock()),
    ("process", ProcessStepsBlock()),
    ("document", DocumentBlock()),
    ("link", LinkBlock()),
    ("checklist", ChecklistBlock()),
    ("table", TableBlock()),
]

ATTACHMENT_BLOCKS = [
    ("document", DocumentBlock()),
    ("link", LinkBlock()),
]
