"""Forms of the co-development workspace, one module per area."""
