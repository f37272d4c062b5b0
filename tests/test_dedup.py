"""Copies: a republication with other site junk links to the original; other reports do not."""
from __future__ import annotations

from conftest import DW_FILE, MEE_FILE
from streams import STORIES, mee_copy_text

from newsbrief.cluster import StoryClusterer, featurize
from newsbrief.dedup import DuplicateIndex, jaccard, signature
from newsbrief.models import Article


def example_articles() -> list[Article]:
    return [
        Article(doc_id="mee", text=MEE_FILE.read_text(encoding="utf-8")),
        Article(doc_id="dw", text=DW_FILE.read_text(encoding="utf-8")),
        Article(doc_id="copy", text=mee_copy_text(), outlet="World News Daily"),
    ]


def test_the_anti_media_republication_links_to_its_copy_with_other_junk():
    mee, dw, copy = featurize(example_articles())
    assert jaccard(mee.minhash, copy.minhash) > 0.8
    assert jaccard(mee.minhash, dw.minhash) < 0.2  # the same event, told in other words
    clusterer = StoryClusterer()
    assignments = [clusterer.assign(f) for f in (mee, dw, copy)]
    assert [a.duplicate_of for a in assignments] == [None, None, "mee"]
    assert assignments[2].story_id == assignments[0].story_id


def test_a_copy_points_at_the_canonical_article_not_at_another_copy():
    text = " ".join(STORIES["volcano"][0][2].split() * 3)
    index = DuplicateIndex()
    index.add("original", signature(text))
    # A second copy matches the first copy too, but only canonical articles are indexed.
    assert index.find(signature(text + " Reporting by Nordic Wire.")) == "original"
    assert index.find(signature(STORIES["port"][0][2])) is None


def test_the_earliest_of_two_matching_articles_is_canonical():
    text = STORIES["yen"][0][2]
    index = DuplicateIndex()
    index.add("first", signature(text))
    index.add("second", signature(text + " More to follow."))
    assert index.find(signature(text)) == "first"


def test_short_texts_are_never_called_copies():
    assert signature("Share this on:") is None
    assert signature(STORIES["port"][0][0]) is None  # a headline alone: 7 words


def test_a_bucket_shared_by_several_articles_keeps_them_all_and_adding_twice_is_a_no_op():
    text = STORIES["port"][0][2]
    index = DuplicateIndex()
    for doc_id in ("a", "b", "c"):  # the same signature: every band bucket holds all three
        index.add(doc_id, signature(text))
    index.add("a", signature(STORIES["yen"][0][2]))  # a known id is not indexed again
    assert index.find(signature(text)) == "a"
    assert index.find(signature(STORIES["yen"][0][2])) is None
    # Enough articles to grow the signature array past its first block.
    for n in range(1500):
        index.add(f"filler-{n}", signature(f"filler story number {n} " + STORIES["volcano"][n % 4][2][:80]))
    assert index.find(signature(text)) == "a"


def test_signatures_need_neither_scipy_nor_the_whole_datasketch_package_and_match_its_minhash():
    import json
    import subprocess
    import sys

    text = STORIES["port"][0][2]
    # A fresh interpreter: this one may have imported scipy already.
    code = ("import json, sys; from newsbrief.dedup import signature; hashvalues = signature(sys.argv[1]); "
            "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('scipy', 'datasketch')); "
            "import datasketch; from newsbrief.dedup import NUM_PERM, SCHEME, SEED, shingles; "
            "whole = datasketch.MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME); "
            "whole.update_batch([s.encode() for s in shingles(sys.argv[1])]); "
            "print(json.dumps([loaded, hashvalues.tolist(), whole.hashvalues.tolist(), "
            "hasattr(datasketch, 'MinHashLSH'), hasattr(datasketch.minhash, 'MinHash')]))")
    output = subprocess.run([sys.executable, "-c", code, text], capture_output=True, text=True, check=True).stdout
    loaded, ours, whole_package, has_lsh, has_minhash_module = json.loads(output)
    assert loaded == []
    assert ours == whole_package == signature(text).tolist()
    assert has_lsh and has_minhash_module  # a later `import datasketch` gets the whole package


def test_only_a_texts_first_words_are_shingled_so_a_huge_page_costs_a_bounded_amount():
    from newsbrief.dedup import MAX_SHINGLED_WORDS, shingles

    words = [f"w{n}" for n in range(MAX_SHINGLED_WORDS + 500)]
    head = " ".join(words[:MAX_SHINGLED_WORDS])
    assert shingles(" ".join(words)) == shingles(head)
    assert len(shingles(head)) == MAX_SHINGLED_WORDS - 2
    # One line or many: words are read the same way.
    assert shingles("\n".join(words)) == shingles(head)
    # Two pages that agree on their first words are copies, whatever follows.
    assert jaccard(signature(head + " one ending"), signature(head + " " + "another ending " * 3000)) == 1.0
