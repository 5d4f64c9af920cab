"""typer's own words in the reader's language: help options, usage errors, suggestions.

typer looks some of its words up through gettext (panel titles, "[required]"), and those
come from qtread's catalogue once `qtread.i18n.use_language` has run. The rest are plain
English in its vendored click: the help and completion options' help, and the usage
errors (a missing argument, an unknown option or command). The command and group classes
here give those in the reader's language, from the exception's own fields rather than
from its English text. "Usage:" itself stays as typer prints it.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from typer._click.core import Context, Parameter
from typer._click.exceptions import (
    BadParameter,
    MissingParameter,
    NoSuchOption,
    UsageError,
)
from typer._click.types import STRING, StringParamType
from typer.core import TyperArgument, TyperCommand, TyperGroup

from qtread.errors import Interrupted
from qtread.i18n import N_, _

#: The help typer and click give their own options, in English, as keys of the catalogue.
_OWN_HELP = (
    N_("Show this message and exit."),
    N_("Install completion for the current shell."),
    N_("Show completion for the current shell, to copy it or customize the installation."),
)


class _NamedText(StringParamType):
    """Text whose argument's name says what it is (`FILE`): typer's help would show its
    type beside the name as `<str>`, which tells the reader nothing."""

    def get_metavar(self, param: Parameter, ctx: Context) -> str:
        return ""


_NAMED_TEXT = _NamedText()


def _translate_help(params: list[Parameter]) -> list[Parameter]:
    """PARAMS with the help of typer's and click's own options in the reader's language,
    and no `<str>` beside a text argument that has a name (`_NamedText`)."""
    for param in params:
        help_text = getattr(param, "help", None)
        if help_text in _OWN_HELP:
            param.help = _(help_text)  # type: ignore[attr-defined]
        if isinstance(param, TyperArgument) and param.metavar and param.type is STRING:
            param.type = _NAMED_TEXT
    return params


def _usage_error(error: UsageError, ctx: Context) -> UsageError:
    """ERROR told again in the reader's language (itself where qtread does not know it)."""
    if isinstance(error, MissingParameter) and error.param is not None:
        name = error.param.get_error_hint(ctx)
        if error.param.param_type_name == "argument":
            return UsageError(_("Missing argument {name}.").format(name=name), ctx)
        return UsageError(_("Missing option {name}.").format(name=name), ctx)
    if isinstance(error, NoSuchOption):
        if not error.possibilities:
            return UsageError(_("No such option: {name}").format(name=error.option_name), ctx)
        names = ", ".join(sorted(error.possibilities))
        message = _("No such option: {name} (Possible options: {names})")
        return UsageError(message.format(name=error.option_name, names=names), ctx)
    if isinstance(error, BadParameter) and error.param is not None:
        name = error.param.get_error_hint(ctx)
        message = _("Invalid value for {name}: {why}").format(name=name, why=error.message)
        return UsageError(message, ctx)
    return error


@cache
def _wrap_help_as_chinese() -> None:
    """Make typer's help text break as Chinese text breaks, instead of being cut short.

    Rich wraps a line only at spaces, and a Chinese sentence has none, so typer's option
    table cut every translated help text longer than its cell to one line and an `…`.
    Its texts are now wrapped by qtread's own line breaker: between any two Han
    characters, never before a closing mark nor after an opening one, Latin words
    whole. Done once, and only when help is shown: it imports Rich. (typer is pinned
    below 0.29, whose `rich_utils._make_rich_text` this wraps.)
    """
    from rich.containers import Lines
    from rich.text import Text
    from typer import rich_utils

    from qtread.text.linebreak import wrap

    class ChineseText(Text):
        """Rich text wrapped as Chinese is (`qtread.text.linebreak`)."""

        def wrap(self, console: Any, width: int, **options: Any) -> Lines:
            lines = Lines()
            for line in self.split(allow_blank=True):
                ends, end = [], 0
                for piece in wrap(line.plain, width)[:-1]:
                    end += len(piece)
                    ends.append(end)
                for part in line.divide(ends):
                    part.rstrip()
                    lines.append(part)
            return lines

    make_text = rich_utils._make_rich_text

    def chinese(**kwargs: Any) -> Any:
        text = make_text(**kwargs)
        if type(text) is not Text:  # Markdown, which typer makes in markdown mode
            return text
        wrapped = ChineseText(style=text.style, justify=text.justify, end=text.end)
        wrapped.append_text(text)
        return wrapped

    rich_utils._make_rich_text = chinese


class _Localized:
    """What a command and the group share: their options' help and their usage errors
    in the reader's language (mixed in before typer's class, whose methods it wraps)."""

    def format_help(self, ctx: Context, formatter: Any) -> None:
        """typer's help, its texts wrapped as Chinese wraps (`_wrap_help_as_chinese`)."""
        _wrap_help_as_chinese()
        super().format_help(ctx, formatter)  # type: ignore[misc]

    def get_params(self, ctx: Context) -> list[Parameter]:
        return _translate_help(super().get_params(ctx))  # type: ignore[misc]

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)  # type: ignore[misc, no-any-return]
        except UsageError as error:
            raise _usage_error(error, ctx) from None


class Command(_Localized, TyperCommand):
    """A qtread command: its options' help and its usage errors in the reader's language."""


class Group(_Localized, TyperGroup):
    """The `qtread` group: as Command, plus unknown commands with a suggestion, and
    Ctrl-C inside a command passed on to main() as Interrupted (typer would turn it into
    a silent exit 130)."""

    def resolve_command(self, ctx: Context, args: list[str]) -> Any:
        try:
            return super().resolve_command(ctx, args)
        except UsageError:
            if not args or args[0].startswith("-"):  # an unknown option, said as such
                raise
            from difflib import get_close_matches  # only for a mistyped command

            close = get_close_matches(args[0], list(self.commands))
            if not close:
                raise UsageError(_("No such command {name!r}.").format(name=args[0]), ctx) from None
            message = _("No such command {name!r}. Did you mean {names}?")
            names = ", ".join(map(repr, close))
            raise UsageError(message.format(name=args[0], names=names), ctx) from None

    def invoke(self, ctx: Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt as interrupt:
            raise Interrupted from interrupt  # past typer, which would end silently
