"""Words shown as they are written: a Static that never reads its text as markup.

Every question, help line and label comes from a content file (a user may write their own),
and some lines show the user's own words. Read as Textual markup, a "[a]" in them vanished,
and a "[link=…" stopped the screen with an error; parsing every line for markup was also a
cost of every screen's first paint. The two lines that are markup on purpose (a scale's
chosen point, the stressors grid's helplines) stay `Static`s and escape what they put in.
"""

from __future__ import annotations

from typing import Any

from textual.visual import VisualType
from textual.widgets import Static


class Words(Static):
    def __init__(self, content: VisualType = "", **kwargs: Any) -> None:
        kwargs.setdefault("markup", False)
        super().__init__(content, **kwargs)
