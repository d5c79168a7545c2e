"""Email of the workspace: rendered in the recipient's language from a text and an HTML template."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation


def render_email(template_base, context, language):
    """(subject, text, html) from `<template_base>_subject.txt`, `.txt` and `.html`, in `language`."""
    with translation.override(language):
        context = {**context, "LANGUAGE_CODE": language}
        subject = render_to_string(f"{template_base}_subject.txt", context)
        text = render_to_string(f"{template_base}.txt", context)
        html = render_to_string(f"{template_base}.html", context)
    # A subject is one line: a template's trailing newline must not become a header injection.
    return " ".join(subject.split()), text, html


def send_email(*, to, template_base, context, language=None):
    """Send one message with a plain-text body and an HTML alternative."""
    language = language or settings.LANGUAGE_CODE
    subject, text, html = render_email(template_base, context, language)
    message = EmailMultiAlternatives(subject=subject, body=text, to=[to], headers={"Content-Language": language})
    message.attach_alternative(html, "text/html")
    message.send()
