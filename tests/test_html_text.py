"""HTML as text: the one line of an excerpt, the lines of a spreadsheet cell or a comparison, the text to edit."""

from common.html_text import editable_text, plain_text, text_lines, visible_length

POST = "<p>Yksi &amp; kaksi</p><ul><li>kolme</li><li><strong>neljä</strong></li></ul>"


def test_an_excerpt_is_one_line_of_words():
    assert plain_text("<p>Yksi &amp; <strong>kaksi</strong><br>\n  kolme</p>") == "Yksi & kaksi kolme"
    assert plain_text(None) == ""


def test_a_spreadsheet_cell_has_a_line_per_paragraph_and_a_bullet_per_item():
    assert text_lines(POST, bullets=True) == "Yksi & kaksi\n• kolme\n• neljä"
    assert text_lines('<p>Katso <a href="https://example.org" rel="nofollow noopener">tämä</a>.<br>Rivi</p>') == (
        "Katso tämä.\nRivi"
    )


def test_a_comparison_reads_a_line_per_block_without_bullets():
    assert text_lines("<h2>Otsikko</h2><p>Ensimmäinen   kappale</p>\n\n<p>Toinen</p>") == (
        "Otsikko\nEnsimmäinen kappale\nToinen"
    )
    assert text_lines(POST) == "Yksi & kaksi\nkolme\nneljä"


def test_the_length_limit_counts_what_a_reader_sees():
    assert visible_length("<p>a &lt; b &amp; c</p>") == len("a < b & c")


def test_a_plain_post_is_edited_as_the_text_its_author_typed():
    body = '<p>Katso <a href="https://example.org" rel="nofollow noopener">https://example.org</a></p><p>Rivi<br>toinen</p>'
    assert editable_text(body) == "Katso https://example.org\n\nRivi\ntoinen"


def test_a_formatted_post_is_edited_as_its_html():
    body = "<p><strong>Tärkeää</strong></p>"
    assert editable_text(body) == body
    named = '<p><a href="https://example.org">esimerkki</a></p>'
    assert editable_text(named) == named
