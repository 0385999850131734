"""Writers turn the document model into output formats (only TEI for now)."""
