"""The package's public names: each is the object the README names, however the package was imported."""
import importlib
import pkgutil
import types

import newsbrief

from conftest import EXAMPLE_DIR


def test_every_exported_name_is_an_object_not_a_submodule():
    # Importing a submodule sets a package attribute of its name, which would shadow an export of
    # that name ("summarize" was both a submodule and pipeline's function).
    for module in pkgutil.iter_modules(newsbrief.__path__):
        importlib.import_module(f"newsbrief.{module.name}")
    for name in newsbrief.__all__:
        assert not isinstance(getattr(newsbrief, name), types.ModuleType), name


def test_prepare_then_summarize_splits_the_pipeline():
    from newsbrief.pipeline import prepare, summarize

    cluster = newsbrief.read_cluster([EXAMPLE_DIR])
    options = newsbrief.BriefOptions(budget=newsbrief.Budget(sentences=2), compare=False)
    assert len(summarize(prepare(cluster, options), options).sentences) == 2
