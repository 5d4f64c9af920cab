"""The `qtread` command line: toc, dump, info, read, export — one module a command.

`app` builds the typer application and runs it; `output` owns what is written to standard
output and standard error; `options` the options several commands share. This package's
own import is empty, so `qtread.entry` can answer `--version` through `output` alone.
"""
