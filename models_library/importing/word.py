"""A checked Word document as HTML (mammoth), with the number of images it had: they are not imported."""

import io
from dataclasses import dataclass

import mammoth
from django.utils.translation import gettext as _

from models_library.importing.errors import ImportRefused

# Word's own title style is the model's name; everything else keeps mammoth's mapping (headings, lists, tables).
STYLE_MAP = """
p[style-name='Title'] => h1:fresh
p[style-name='Subtitle'] => p:fresh
"""


@dataclass
class WordHtml:
    html: str
    images: int


def word_to_html(data):
    images = 0

    def skip_image(image):
        nonlocal images
        images += 1
        return {}

    try:
        result = mammoth.convert_to_html(
            io.BytesIO(data), style_map=STYLE_MAP, convert_image=mammoth.images.img_element(skip_image)
        )
    except Exception:  # mammoth raises whatever its zip and XML readers raise on a broken part
        raise ImportRefused(
            _("The Word document is damaged and cannot be read. Open it in Word, save it again and retry.")
        ) from None
    return WordHtml(result.value, images)
