"""Domain layer: plain data, derived figures and checks. Imports nothing else of ours, no Qt, no SQL."""
