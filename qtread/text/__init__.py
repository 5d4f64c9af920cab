"""Text rules shared by the parser, the reader and the exporters."""
