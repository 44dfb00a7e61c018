"""The package version (kept in step with pyproject.toml by tests)."""

__version__ = "0.1.0"
