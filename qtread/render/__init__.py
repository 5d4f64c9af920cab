"""One HTML rendering of the model, which the EPUB and PDF exporters both use."""
