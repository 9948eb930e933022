"""Use cases shared by the GUI and the CLI."""

from .workspace import Workspace

__all__ = ["Workspace"]
