"""The reader's widgets: the reading view, the contents pane, the status line and the
search bar. Each keeps the styles that make it what it is in its DEFAULT_CSS; the
reader's layout and colours are in `../reader.tcss`."""
