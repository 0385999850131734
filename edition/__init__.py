"""edition: TEI/XML digital scholarly editions from real-world source documents."""

__version__ = "0.1.0"
