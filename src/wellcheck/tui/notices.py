"""Where the app's notices go: a calm band above the footer, never over what is being read.

Textual shows a notification as a toast over the screen's bottom right corner: over the last
question of a checklist, over the stand-up's list of help. Here (with the rules for `ToastRack`
and `Toast` in wellcheck.tcss) the notices are a band in the screen's own layout, docked above
the footer: the rest of the screen makes room for it instead of being covered. A new piece of
information replaces the one before it (one line, not a stack), and goes after a few seconds;
a warning or an error stays for as long as it was given, and replaces an earlier one with its
title ("Not saved": the same problem, said again with what it means now). The newest notice
is always the one in full view: the band is only so tall, and Textual scrolls it to its end
(the newest) as each notice comes, so an older notice, still there, is what it cuts; for that
the rack must be visible in wellcheck.tcss, or it is never given a size to scroll. When the
band comes or goes, the focused widget is kept in view, so that the room made never hides it
either.
"""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.notifications import Notification
from textual.screen import Screen

INFORMATION_SECONDS = 4.0
"""How long a piece of information ("Goal saved", "Marked resolved.") stays."""


def replace_earlier(app: App[Any], notification: Notification) -> None:
    """A new piece of information puts away the information shown before it; a warning or an
    error, the earlier warning or error of the same title (what it says is newer: "Escape
    again leaves without it" after "still on screen")."""
    if notification.severity == "information":
        earlier = [n for n in app._notifications if n.severity == "information"]
    else:
        earlier = [
            n
            for n in app._notifications
            if n.severity != "information" and n.title == notification.title
        ]
    # Textual keeps its notifications in `_notifications`; `_unnotify` forgets one (a no-op for
    # one already gone). There is no public way to put away one notification but not the rest.
    for old in earlier:
        app._unnotify(old, refresh=False)


def keep_focus_in_view(app: App[Any], screen: Screen[Any]) -> None:
    """Each time `screen` is laid out again while notices are shown (the band made room, or
    went), scroll its focused widget back into view; then stop."""
    signal = screen.screen_layout_refresh_signal

    def laid_out(screen: Screen[Any]) -> None:
        focused = screen.focused
        if focused is not None:
            focused.scroll_visible(animate=False, immediate=True)
        if not len(app._notifications):
            signal.unsubscribe(app)

    signal.unsubscribe(app)  # one subscription at a time
    signal.subscribe(app, laid_out)


def put_away(app: App[Any], message: str) -> None:
    """The notice saying `message`, if it is still shown, put away: what it offers is over."""
    for notification in [n for n in app._notifications if n.message == message]:
        app._unnotify(notification)
