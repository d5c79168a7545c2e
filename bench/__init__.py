"""Server-time and query-count benchmark of the main pages; run with `python -m bench`."""
