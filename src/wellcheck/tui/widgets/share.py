"""A plan section's share line: y shares it (the supervision summary, the printed plan), n
keeps it private, which is where every section starts."""

from __future__ import annotations

from textual.widgets import Static

SHARE_WORDS = "Share this section?"


class ShareLine(Static, can_focus=True):
    """Focusable; the plan screen answers y / n on it (`PlanScreen`)."""

    DEFAULT_CSS = """
    ShareLine {
        height: auto;
        padding: 0 1;
        color: $text-muted;
        border-left: blank;
    }
    ShareLine:focus {
        border-left: thick $accent;
        background: $boost;
        color: $text;
    }
    """

    def __init__(self, item_id: str, shared: bool) -> None:
        super().__init__(_words(shared), id=f"share-{item_id}", markup=False)
        self.item_id = item_id
        self.shared = shared

    def show(self, shared: bool) -> None:
        self.shared = shared
        self.update(_words(shared))


def _words(shared: bool) -> str:
    if shared:
        return f"{SHARE_WORDS}  y ✓ shared (summary, printed plan)   n private"
    return f"{SHARE_WORDS}  y share   n ✓ private (only you see it)"
