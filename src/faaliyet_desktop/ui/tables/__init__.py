"""Form specs: one module per report chapter."""
