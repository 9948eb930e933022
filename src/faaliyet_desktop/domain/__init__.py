"""Domain layer: plain data, derived figures and checks; imports nothing of ours, no Qt, no SQL."""
