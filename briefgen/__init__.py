"""briefgen: news articles about a policy proposal in, a cited policy brief out."""

# The one version number: pyproject.toml reads it from here (dynamic version), the CLI's
# --version, the library manifest and the User-Agent print it, and the extractive engine
# that ships with this release carries the same number (tests/distribute/test_version.py).
__version__ = "0.3.0"
