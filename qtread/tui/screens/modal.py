"""The look the dialogs share: a box in the middle of the page, over a dimmed page."""

from __future__ import annotations


def modal_css(name: str) -> str:
    """The DEFAULT_CSS of the dialog class NAME."""
    return f"""
{name} {{ align: center middle; background: $background 60%; }}
{name} > Vertical, {name} > VerticalScroll {{
    width: 80%; max-width: 100; height: auto; max-height: 80%;
    border: round $accent; background: $surface; padding: 0 1;
}}
{name} OptionList, {name} OptionList:focus {{
    height: auto; max-height: 30; border: none; background: $surface;
}}
{name} .title {{ color: $accent; text-style: bold; height: 1; }}
"""
