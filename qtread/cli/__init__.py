"""The `qtread` command line: toc, dump, info, read, export — one module a command.

`app` builds the typer application and runs it; `localized` gives typer's own words in
the reader's language; `output` owns what is written to standard output and standard
error; `options` the options several commands share; `contents` renders `toc` in each
format and `report` what `info` says. This package's own import is empty, so
`qtread.entry` can answer `--version` through `output` alone.
"""
