"""Exporters: EPUB and PDF (and HTML, Markdown, JSON) from the document model."""
