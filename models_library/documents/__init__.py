"""Documents of a version to download: PDF (whole, or one checklist), Word, and the Innokylä-shaped export."""
