"""Views of the co-development workspace, one module per area; codev/urls.py lists their routes."""
