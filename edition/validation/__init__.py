"""Validation internals: loading, RELAX NG (edition, tei_all pruned, files), Schematron."""
