"""The one exception of the importer: the input cannot be imported, and the message says why."""


class ImportRefused(Exception):
    """Raised with a translated message for the editor; nothing has been created."""
