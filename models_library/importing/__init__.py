"""Model descriptions imported from Word documents and from text copied from Innokylä, as drafts to review."""
