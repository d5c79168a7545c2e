"""Themes: a board's, a round's or a model's feedback grouped by content on the server, then curated by facilitators."""
