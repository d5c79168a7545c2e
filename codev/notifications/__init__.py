"""Email notifications of the workspace: events, their delivery at once or in a daily digest, and unsubscribing."""
