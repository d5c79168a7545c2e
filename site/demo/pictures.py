"""Pictures for the demo's posts, drawn here so the demo needs no image files: a workshop's flip chart."""

import io

from PIL import Image, ImageDraw, ImageFont

NOTE_COLOURS = ((255, 230, 110), (150, 215, 250), (250, 175, 195))


def flip_chart(title, notes):
    """A photo-sized JPEG of a flip chart: `title` on top and a sticky note for each of `notes` (Pillow's own
    font has no ä or ö, so the texts keep to plain letters)."""
    image = Image.new("RGB", (1200, 900), (247, 245, 238))
    draw = ImageDraw.Draw(image)
    draw.text((80, 60), title, fill=(20, 40, 90), font=ImageFont.load_default(size=64))
    font = ImageFont.load_default(size=40)
    for index, note in enumerate(notes):
        left, top = 80 + (index % 2) * 540, 200 + (index // 2) * 300
        draw.rectangle((left, top, left + 480, top + 240), fill=NOTE_COLOURS[index % len(NOTE_COLOURS)])
        draw.multiline_text((left + 30, top + 40), note, fill=(30, 30, 30), font=font, spacing=12)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88)
    return out.getvalue()
