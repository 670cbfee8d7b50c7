"""A focus move restyles only the widget that gained or lost focus and the containers styled by
`:focus-within` around it (QuickScreen._update_focus_styles); what is inside them is repainted,
not restyled. That holds while no rule styles a widget by the focus of a widget around it, as
`.item:focus Static` would: such a rule, here or in one of Textual's widgets we use, would leave
its widget in its old style after a focus move. These tests find any, on every screen, and
check that what is inside a focused item takes its background at once."""

from __future__ import annotations

from textual.css.model import SelectorType
from textual.widget import Widget
from textual.widgets import Static

from wellcheck.session.context import Context
from wellcheck.tui.app import WellcheckApp
from wellcheck.tui.widgets.check import CheckLine, CheckWidget
from wellcheck.tui.widgets.text import TextWidget

FOCUS = {"focus", "focus-within"}


def styled_by_focus_around(app: WellcheckApp) -> list[str]:
    """Every rule of the app's stylesheet (its own and each widget's) whose selector names a
    focus state before the part that picks the widget styled: a widget's own component
    classes (`Input:focus > .input--cursor`) are styled with the widget, so they are fine."""
    found = []
    for rule in app.stylesheet.rules:
        for selector_set in rule.selector_set:
            *around, last = selector_set.selectors
            if not any(FOCUS & part.pseudo_classes for part in around):
                continue
            if last.type == SelectorType.CLASS and "--" in last.name:
                continue
            found.append(selector_set.css)
    return found


async def test_no_rule_styles_a_widget_by_the_focus_of_one_around_it(ctx: Context) -> None:
    app = WellcheckApp(ctx)
    async with app.run_test(size=(80, 24)) as pilot:
        for key in ("d", "escape", "w", "escape", "m", "escape", "u", "escape", "p", "escape"):
            await pilot.press(key)  # each screen's own stylesheet is read when it opens
            await pilot.pause()
        for key in ("l", "escape", "h", "escape", "s"):
            await pilot.press(key)
            await pilot.pause()
        assert styled_by_focus_around(app) == []
        # A focus move restyles without animating (QuickScreen._update_focus_styles): a rule
        # with a transition would jump instead of easing.
        assert [
            r.selector_set[0].css
            for r in app.stylesheet.rules
            if "transitions" in r.styles.get_rules()
        ] == []


def background(widget: Widget) -> object:
    """The background its first line is drawn with, as the screen last drew it."""
    segments = list(widget.render_line(0))
    return segments[0].style.bgcolor if segments and segments[0].style else None


async def test_inside_a_focused_item_everything_takes_its_background_at_once(
    ctx: Context,
) -> None:
    app = WellcheckApp(ctx, start="daily")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        lunch, handed = list(app.screen.query(CheckWidget).results(CheckWidget))[:2]
        difficult = app.screen.query_one("#item-difficult", TextWidget)
        assert app.focused is lunch
        focused_bg, resting_bg = background(lunch), background(handed)
        assert focused_bg != resting_bg  # the focused item stands out
        assert background(lunch.query_one(CheckLine)) == focused_bg
        await pilot.press("y", "n")  # answered twice: on to the reflection
        await pilot.pause()
        assert app.focused in difficult.walk_children()
        assert background(difficult) == focused_bg
        for inside in difficult.query(Static).results(Static):  # its prompt and labels
            assert background(inside) == focused_bg, inside
        assert background(handed) == resting_bg
        assert background(handed.query_one(CheckLine)) == resting_bg
