"""A small, partly typed package: mypy's type-coverage report on it is test data (see ../README.md)."""
