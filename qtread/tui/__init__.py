"""The terminal reader (Textual)."""
