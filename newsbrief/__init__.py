"""newsbrief: faithful, source-attributed briefs from several news articles about one story.

    >>> import newsbrief
    >>> cluster = newsbrief.read_cluster(["examples/putin-erdogan-ankara/"])
    >>> result = newsbrief.brief(cluster, newsbrief.BriefOptions(budget=newsbrief.Budget(sentences=3)))
    >>> result.sentences[0].sources
    (1, 2)

Names load on first use, so `import newsbrief` (and `newsbrief --help`) stay instant.
"""
__version__ = "0.1.0"

_EXPORTS = {
    "Article": "models", "Cluster": "models", "Sentence": "models", "Brief": "models", "BriefSentence": "models",
    "NewsbriefError": "errors", "InputError": "errors",
    "read_cluster": "read", "iter_clusters": "read",
    "clean_article": "clean", "clean_cluster": "clean",
    "split_article": "sentences",
    "get_encoder": "embed",
    "Budget": "summarize", "get_summarizer": "summarize",
    "BriefOptions": "pipeline", "brief": "pipeline", "prepare": "pipeline",
    "brief_json": "render", "brief_markdown": "render",
}
__all__ = [*_EXPORTS, "__version__"]


def __getattr__(name: str):
    from importlib import import_module  # here, so that it is no name of the package

    if name not in _EXPORTS:
        raise AttributeError(f"module 'newsbrief' has no attribute {name!r}")
    return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)


def __dir__() -> list[str]:
    # The names that load on first use are the package's too, for dir() and completion.
    return sorted({*globals(), *__all__})
