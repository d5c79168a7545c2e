"""Views of the co-development workspace, one module per area; each module has its own urlpatterns."""
