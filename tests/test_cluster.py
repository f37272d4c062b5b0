"""The online clusterer's scoring rules, on hand-made features whose scores can be checked by hand."""
from __future__ import annotations

import numpy as np
import pytest

from newsbrief.cluster import ArticleFeatures, ClusterOptions, StoryClusterer, small_story_allowance


def headline(doc_id: str, words: str, direction: list[float]) -> ArticleFeatures:
    vector = np.asarray(direction, dtype=np.float32)
    return ArticleFeatures(doc_id=doc_id, dense=vector / np.linalg.norm(vector),
                           terms=dict.fromkeys(words.split(), 1), minhash=None, timestamp=None)


# A ferry-strike topic of three reports, then a report of a sub-story that shares no word with
# them (so it starts a story of its own), then a headline that fits both.
TOPIC = [headline("a", "ferry strike harbour pay", [1, 0, 0]), headline("b", "ferry strike harbour union", [1, 0, 0]),
         headline("c", "ferry strike harbour talks", [1, 0, 0]), headline("d", "ticket fares rise winter", [0, 1, 0])]
# Its embedding cosine is 1.25 / 1.6 = 0.78 with the topic's story and 1 / 1.6 = 0.62 with the
# sub-story's; its words ('ferry', 'fares') weigh about the same in each. It scores 0.435 against
# the topic's three reports and 0.431 against the single one: 0.004 apart, less than the 0.007
# that a lower bar for a single report gave it (0.1 of the short-text bar, 0.1 for two words,
# times 1 - 1/3).
BOTH = headline("e", "ferry fares", [1.25, 1, 0])


def stories(options: ClusterOptions) -> list[str]:
    clusterer = StoryClusterer(options)
    return [clusterer.assign(f).story_id for f in [*TOPIC, BOTH]]


def test_at_the_topic_scale_a_young_sub_story_gets_no_lower_bar_than_the_topic():
    # With the lower bar the headline joined the single report, and a topic split in two.
    assert stories(ClusterOptions(full_text_terms=200)) == ["S000001"] * 3 + ["S000002", "S000001"]


def test_at_the_event_scale_a_story_of_one_report_keeps_its_lower_bar():
    # Full bar for two words (0.4): margins 0.435 - (0.4 - 0.1/3) and 0.431 - (0.4 - 0.1).
    assert stories(ClusterOptions(full_text_terms=0)) == ["S000001"] * 3 + ["S000002", "S000002"]


def test_the_small_story_allowance_is_for_events_only():
    assert small_story_allowance(2, ClusterOptions(full_text_terms=0)) == pytest.approx(0.05)
    assert small_story_allowance(1, ClusterOptions()) == pytest.approx(0.1)  # no scale chosen: events
    assert small_story_allowance(1, ClusterOptions(full_text_terms=200)) == 0.0
