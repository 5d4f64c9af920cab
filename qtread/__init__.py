"""qtread: read and export issues of 潮涌钱塘 (QIANTANG) from the files they come in."""

__version__ = "0.1.0"
