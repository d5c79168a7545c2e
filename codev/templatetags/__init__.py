"""Template tags of the co-development workspace."""
