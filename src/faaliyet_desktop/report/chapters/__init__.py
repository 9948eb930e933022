"""One module per chapter of the report; each has ``build(ctx) -> list[Flowable]``."""
