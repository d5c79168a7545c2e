"""Local development and `make run`: debug on, SQLite by default, emails to the console."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = env("SECRET_KEY", default="dev-only-not-secret-mallipaja-0123456789abcdefghijklmnop")  # noqa: F405

# Demo users are created only where this is true (never in production).
DEMO_CONTENT_ALLOWED = True
