"""The short join link of a board and its QR code, shown on the presentation view's shared screen.

The code only names the board (its number in a short alphabet without look-alike letters): who may open the
board is decided when the link is followed, by the same membership check as the board's own address.
"""

import io

import qrcode
import qrcode.image.svg
from django.urls import reverse

from common.links import absolute_url

# Crockford's base 32 in lower case: no i, l, o or u to mistake for 1, 0 or v when typed from a screen.
ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"
MAX_CODE_LENGTH = 12


def join_code(board_pk):
    code = ""
    while True:
        board_pk, digit = divmod(board_pk, len(ALPHABET))
        code = ALPHABET[digit] + code
        if board_pk == 0:
            return code


def board_pk_for(code):
    """The board number the code names, or None when it is not a code at all."""
    code = code.lower()
    if not code or len(code) > MAX_CODE_LENGTH or any(char not in ALPHABET for char in code):
        return None
    number = 0
    for char in code:
        number = number * len(ALPHABET) + ALPHABET.index(char)
    return number


def join_url(board, request=None):
    """The short link as an absolute address, on the server the request came to."""
    return absolute_url(reverse("codev:join", args=(join_code(board.pk),)), request)


def qr_code_svg(url):
    """`url` as an SVG document drawn on the server: paths and attributes only, no script and no style."""
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=10, border=2)
    out = io.BytesIO()
    image.save(out)
    return out.getvalue()
