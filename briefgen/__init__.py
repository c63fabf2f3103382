"""briefgen: news articles about a policy proposal in, a cited policy brief out."""

__version__ = "0.1.0"
