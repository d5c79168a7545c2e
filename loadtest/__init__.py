"""`make loadtest`: a bounded workshop against production settings on loopback (see README, "Load test")."""
