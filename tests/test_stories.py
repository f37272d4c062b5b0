"""Online story clustering over the store: grouping, stable ids as articles arrive, resume, briefs."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from conftest import CRAWL_NOTICE
from streams import mee_copy_text, stream_records

from newsbrief.cluster import (
    ClusterOptions, StoryClusterer, content_words, featurize, length_factor, parse_timestamp, words_barely_link,
)
from newsbrief.ingest import article_from_json
from newsbrief.models import Article, Brief
from newsbrief.store import Store
from newsbrief.stories import TITLE_CHARS, headline, local_featurizer, refresh_briefs, update_stories


def stream_articles(records=None) -> list[Article]:
    return [article_from_json(r, Path("stream.jsonl"), n) for n, r in enumerate(records or stream_records(), 1)]


def story_of(store: Store, records) -> dict[str, str]:
    return {doc_id: a.story_id for doc_id, a in store.assignments(r["doc_id"] for r in records).items()}


def test_a_clear_stream_falls_into_its_three_stories():
    records = stream_records()
    clusterer = StoryClusterer()
    stories = [clusterer.assign(f).story_id for f in featurize(stream_articles(records))]
    gold = [r["gold_cluster"] for r in records]
    # Same story exactly when same gold story: three stories, none split, none merged.
    assert len(set(stories)) == 3
    assert all((stories[i] == stories[j]) == (gold[i] == gold[j]) for i in range(12) for j in range(12))
    assert stories[:3] == ["S000001", "S000002", "S000003"]  # ids in order of first arrival


def test_story_ids_stay_stable_as_articles_arrive(tmp_path):
    records = stream_records()
    with Store(tmp_path / "once.db") as store:
        store.add_articles(stream_articles(records))
        update_stories(store)
        all_at_once = story_of(store, records)
    with Store(tmp_path / "incremental.db") as store:
        seen: dict[str, str] = {}
        for start in range(0, 12, 4):  # three deliveries of four articles, each a separate run
            store.add_articles(stream_articles(records[start : start + 4]))
            report = update_stories(store)
            assert (report.replayed, report.assigned) == (start, 4)
            now = story_of(store, records)
            assert {k: now[k] for k in seen} == seen  # nothing assigned earlier moved
            seen = now
    assert seen == all_at_once


def test_an_interrupted_run_resumes_where_it_stopped(tmp_path):
    records = stream_records()

    def interrupted_featurizer(batches, options):
        for number, features in enumerate(local_featurizer(batches, options)):
            if number == 2:
                raise KeyboardInterrupt  # Ctrl-C while the third batch is in hand
            yield features

    events = ClusterOptions(full_text_terms=0)  # the scale given, so each batch is clustered as it comes
    with Store(tmp_path / "s.db") as store:
        store.add_articles(stream_articles(records))
        with pytest.raises(KeyboardInterrupt):
            update_stories(store, events, featurizer=interrupted_featurizer, batch=3)
        assert len(store.seqs(assigned=True)) == 6  # two whole batches committed
        report = update_stories(store, events, batch=3)
        assert (report.replayed, report.assigned) == (6, 6)
        resumed = story_of(store, records)
    with Store(tmp_path / "fresh.db") as store:
        store.add_articles(stream_articles(records))
        update_stories(store, events, batch=3)
        assert story_of(store, records) == resumed
    with Store(tmp_path / "chosen.db") as store:
        store.add_articles(stream_articles(records))
        with pytest.raises(KeyboardInterrupt):  # while the first articles settle the scale: nothing is half-done
            update_stories(store, featurizer=interrupted_featurizer, batch=3)
        assert store.seqs(assigned=True) == []
        assert update_stories(store, batch=3).assigned == 12 and story_of(store, records) == resumed


def test_a_copy_joins_its_original_story_and_counts_one_outlet(tmp_path):
    from conftest import MEE_FILE

    with Store(tmp_path / "s.db") as store:
        store.add_articles([
            Article(doc_id="mee", text=MEE_FILE.read_text(encoding="utf-8"), outlet="Middle East Eye"),
            Article(doc_id="copy", text=mee_copy_text(), outlet="World News Daily"),
        ])
        report = update_stories(store)
        assert report.duplicates == 1
        (story,) = store.stories()
        assert story.size == 2 and story.outlets == ("Middle East Eye",)
        assert store.assignments(["copy"])["copy"].duplicate_of == "mee"


def test_an_article_outside_the_time_window_starts_a_new_story():
    first, second, third = stream_articles(stream_records()[0:7:3])  # three port-strike reports
    late = replace(third, published="2024-03-01T00:00:00+00:00")  # months later
    clusterer = StoryClusterer()
    assigned = [clusterer.assign(f) for f in featurize([first, second, late])]
    assert assigned[0].story_id == assigned[1].story_id != assigned[2].story_id


def test_when_more_stories_are_open_than_allowed_the_least_recent_closes():
    records = stream_records()  # port, volcano, yen, port, volcano, yen, ...
    clusterer = StoryClusterer(ClusterOptions(max_active=2))
    assigned = [clusterer.assign(f).story_id for f in featurize(stream_articles(records[:4]))]
    # The yen story (third) closed the port story (first, least recently updated), so the
    # second port report cannot join it and starts a story of its own.
    assert assigned == ["S000001", "S000002", "S000003", "S000004"]
    # A closed story is never scored again: its word weights are released, not kept for ever.
    closed = clusterer._stories["S000001"]
    assert not closed.joinable and closed.terms == {}
    open_stories = [clusterer._stories[s] for s in ("S000003", "S000004")]
    assert all(s.joinable and s.terms for s in open_stories)


def test_the_clusterer_counts_possessives_and_plurals_as_their_word():
    assert content_words("Kalashnikov's rifles and Carlie’s uncle") == ["kalashnikov", "rifle", "carlie", "uncle"]
    assert content_words("The talks said nothing") == ["talk", "nothing"]  # stopwords go first


def test_the_bar_is_lowered_for_long_reports_by_default_and_for_short_texts_on_request():
    defaults = ClusterOptions()
    assert length_factor(60, defaults) == 1.0  # a title and lead: the full bar
    assert length_factor(400, defaults) == pytest.approx(0.5)  # sqrt(100 / 400)
    assert length_factor(400, ClusterOptions(long_text_terms=0)) == 1.0
    headlines = ClusterOptions(full_text_terms=50)
    assert length_factor(8, headlines) == pytest.approx((8 / 50) ** 0.5)
    assert length_factor(80, headlines) == 1.0


def test_archive_boilerplate_is_kept_apart_from_news():
    crawl = [Article(doc_id=f"crawl-{n}", text=CRAWL_NOTICE) for n in range(3)]
    features = featurize(crawl + stream_articles()[:2])
    assert [f.is_news for f in features] == [False, False, False, True, True]
    clusterer = StoryClusterer()
    stories = [clusterer.assign(f) for f in features]
    # Identical notices are not one story, nor copies of each other: they say nothing about news.
    assert len({a.story_id for a in stories[:3]}) == 3 and all(a.duplicate_of is None for a in stories)


def test_timestamps_parse_to_epoch_seconds():
    assert parse_timestamp("2023-11-14T22:13:20+00:00") == 1_700_000_000
    assert parse_timestamp("2023-11-14T22:13:20") == 1_700_000_000  # no zone: UTC
    assert parse_timestamp("last Tuesday") is None and parse_timestamp(None) is None


def test_a_story_brief_is_rewritten_when_the_story_grows(tmp_path):
    records = [r for r in stream_records() if r["gold_cluster"] == "volcano"]
    with Store(tmp_path / "s.db") as store:
        store.add_articles(stream_articles(records[:2]))
        update_stories(store)
        (story_id,) = store.stale_stories()
        assert refresh_briefs(store) == []
        assert store.stale_stories() == []
        brief = store.brief(story_id)
        assert brief["cluster_id"] == story_id and len(brief["sources"]) == 2 and brief["sentences"]
        store.add_articles(stream_articles(records[2:]))
        update_stories(store)
        assert store.stale_stories() == [story_id]  # grew from 2 to 4 articles
        refresh_briefs(store)
        assert len(store.brief(story_id)["sources"]) == 4


def test_a_lower_bar_for_short_texts_groups_headlines_into_coarser_stories():
    headlines = ["Central bank official blames weak jobs data on cold weather",
                 "Shares slide after central bank official hints at faster rate rises",
                 "Chipmaker Lumen files for bankruptcy protection",
                 "Lumen seeks bankruptcy relief in Delaware court"]
    features = featurize([Article(doc_id=str(n), text=h) for n, h in enumerate(headlines)])
    fine, coarse = StoryClusterer(), StoryClusterer(ClusterOptions(full_text_terms=200))
    fine_stories = [fine.assign(f).story_id for f in features]
    coarse_stories = [coarse.assign(f).story_id for f in features]
    assert fine_stories[0] != fine_stories[1]  # two angles on the central bank: two stories by default
    assert coarse_stories[0] == coarse_stories[1] != coarse_stories[2] == coarse_stories[3]



def topic_scale_stories(texts: list[str]) -> list[str]:
    topics = ClusterOptions(full_text_terms=200)
    clusterer = StoryClusterer(topics)
    articles = [Article(doc_id=str(n), text=t) for n, t in enumerate(texts)]
    return [clusterer.assign(f).story_id for f in featurize(articles, topics)]


def test_one_word_in_common_with_a_short_report_does_not_draw_headlines_of_another_topic():
    # The bridge report and the first headline share only "official(s)"; with the bar lowered
    # for headlines that word alone took the whole central bank topic into the bridge story.
    stories = topic_scale_stories([
        "A bridge collapsed in the harbour town on Tuesday, killing four people, officials said.",
        "Central bank official says cold snap, not a slowdown, held back hiring",
        "Central bank's Weller sees high hurdle for slowing bond purchases",
        "Shares slip after central bank official hints at faster bond taper",
        "Weller: central bank may speed up its bond taper",
    ])
    assert stories[0] not in stories[1:]
    assert len(set(stories[1:])) == 1  # the headlines still make one topic


def test_a_one_word_file_sharing_no_word_with_a_story_starts_its_own():
    stories = topic_scale_stories([
        "Posts shared widely on social media claim that money given to a racial justice movement ends up "
        "with a political party's fundraising arm. Fact checkers traced the claim to a payment platform "
        "that handles donations for many groups and found no evidence that gifts were redirected.",
        "Two conservative commentators said in viral posts on Wednesday that the racial justice group was a "
        "shell for party fundraising. The payment platform named in the posts processes donations for "
        "thousands of nonprofits, and the group's gifts go to its own foundation.",
        "A conspiracy theory about money laundering between a racial justice group and a donation platform "
        "spread online this week. Records show the platform passes gifts on to the charities donors choose, "
        "and election filings show no transfers to campaigns.",
        "login",
    ])
    assert stories[:3] == ["S000001"] * 3 and stories[3] == "S000002"


def test_a_link_the_words_barely_make_is_one_word_with_a_single_report_or_none():
    assert words_barely_link(0, story_size=5)
    assert words_barely_link(1, story_size=1)
    assert not words_barely_link(1, story_size=2)  # the one word is more often the topic they share
    assert not words_barely_link(2, story_size=1)


def test_features_survive_the_round_trip_through_the_store_encoding():
    from newsbrief.cluster import features_from_bytes, features_to_bytes

    for original in featurize(stream_articles()[:2] + [Article(doc_id="short", text="Lava nears town")]):
        restored = features_from_bytes(features_to_bytes(original))
        assert np.array_equal(restored.dense, original.dense) and restored.dense.dtype == np.float32
        assert (restored.minhash is None) == (original.minhash is None)
        if original.minhash is not None:
            assert np.array_equal(restored.minhash, original.minhash)
        assert (restored.doc_id, restored.terms, restored.timestamp, restored.title) == \
            (original.doc_id, original.terms, original.timestamp, original.title)


def test_a_run_replays_stored_features_instead_of_embedding_again(tmp_path):
    records = stream_records()

    def counting_featurizer(batches, options):
        for batch in batches:
            seen.extend(a.doc_id for a in batch)
            yield featurize(batch, options)

    with Store(tmp_path / "s.db") as store:
        store.add_articles(stream_articles(records[:8]))
        seen: list[str] = []
        update_stories(store, featurizer=counting_featurizer)
        store.add_articles(stream_articles(records[8:]))
        seen.clear()
        report = update_stories(store, featurizer=counting_featurizer)
        assert report.replayed == 8 and seen == [r["doc_id"] for r in records[8:]]  # only the new ones


def test_outlets_the_cleaner_finds_in_the_text_are_listed(tmp_path):
    from conftest import DW_FILE, MEE_FILE

    with Store(tmp_path / "s.db") as store:  # plain text files: no outlet given, only the text names it
        store.add_articles([Article(doc_id=p.name, text=p.read_text(encoding="utf-8")) for p in (DW_FILE, MEE_FILE)])
        update_stories(store)
        (story,) = store.stories()
        assert story.outlets == ("DW", "Middle East Eye")


def synthetic_headlines(topics: int, events: int, reports: int, seed: int = 3) -> list[Article]:
    """Headlines of `topics` topics, each followed through `events` events of `reports`
    reports: two of the topic's three words, two of the event's three, two of a shared pool of 400.
    One event per topic is an event feed; many events per topic, a topic feed."""
    rng = np.random.default_rng(seed)

    def made_up_words(count: int) -> list[str]:
        return ["".join(rng.choice(list("bcdfghklmnprstvz"), size=4)) + "ex" for _ in range(count)]

    pool = made_up_words(400)
    topic_words = [made_up_words(3) for _ in range(topics)]
    event_words = [[made_up_words(3) for _ in range(events)] for _ in range(topics)]
    articles = []
    for n in range(topics * events * reports):
        topic, event = n % topics, (n // topics) % events
        words = [*rng.choice(topic_words[topic], size=2, replace=False),
                 *rng.choice(event_words[topic][event], size=2, replace=False), *rng.choice(pool, size=2, replace=False)]
        articles.append(Article(doc_id=str(n), text=" ".join(rng.permutation(words)).capitalize()))
    return articles


def test_a_stream_that_repeats_a_few_topics_is_dense_and_an_event_stream_is_not():
    from newsbrief.cluster import TOPIC_DENSITY, ArticleFeatures, stream_density

    def features(articles: list[Article]) -> list[ArticleFeatures]:
        # Words only, with unrelated embeddings: the statistic must come from what is shared.
        rng = np.random.default_rng(5)
        vectors = rng.normal(size=(len(articles), 64))
        return [ArticleFeatures(doc_id=a.doc_id, dense=v / np.linalg.norm(v), terms=dict.fromkeys(a.text.lower().split(), 1),
                                minhash=None, timestamp=None) for a, v in zip(articles, vectors)]

    topics = features(synthetic_headlines(topics=10, events=8, reports=5))
    events = features(synthetic_headlines(topics=130, events=1, reports=3))
    assert stream_density(topics) >= TOPIC_DENSITY > stream_density(events)
    assert stream_density(topics[:5]) == 0.0  # too few articles to have a fifth-best match


def test_a_stream_of_a_few_large_topics_is_dense():
    from newsbrief.cluster import TOPIC_DENSITY, TOPIC_FULL_TEXT_TERMS, choose_story_scale

    # Six topics of 80 headlines: an article's fifth- and twenty-fifth-best matches are both
    # reports of its topic, so only a match past the topic's reports shows how fast they fall off.
    chosen, density = choose_story_scale(ClusterOptions(), featurize(synthetic_headlines(topics=6, events=20, reports=4)))
    assert density >= TOPIC_DENSITY and chosen.full_text_terms == TOPIC_FULL_TEXT_TERMS


def test_copies_do_not_make_an_event_stream_look_like_topics():
    from newsbrief.cluster import TOPIC_DENSITY, stream_density

    originals = stream_articles()  # three events, four reports each
    syndicated = [replace(a, doc_id=f"{a.doc_id}-site{n}", outlet=f"Site {n}") for a in originals for n in range(6)]
    features = featurize(originals + syndicated)
    assert stream_density(features) == stream_density(featurize(originals)) < TOPIC_DENSITY
    # Counted as articles of their own, the copies would make the three events look like topics.
    assert stream_density([replace(f, minhash=None) for f in features]) >= TOPIC_DENSITY


def test_the_stream_chooses_its_story_scale_unless_the_user_did(tmp_path):
    from newsbrief.cluster import TOPIC_DENSITY, TOPIC_FULL_TEXT_TERMS, choose_story_scale

    topics = featurize(synthetic_headlines(topics=10, events=8, reports=5))
    chosen, density = choose_story_scale(ClusterOptions(), topics)
    assert chosen.full_text_terms == TOPIC_FULL_TEXT_TERMS and density > 0
    assert choose_story_scale(ClusterOptions(full_text_terms=0), topics) == (ClusterOptions(full_text_terms=0), None)
    with Store(tmp_path / "topics.db") as store:
        store.add_articles(synthetic_headlines(topics=10, events=8, reports=5))
        report = update_stories(store)
        assert report.full_text_terms == TOPIC_FULL_TEXT_TERMS and report.density == pytest.approx(density)
        assert len({a.story_id for a in store.assignments(str(n) for n in range(400)).values()}) <= 40
    with Store(tmp_path / "events.db") as store:
        store.add_articles(stream_articles())
        report = update_stories(store)
        assert report.full_text_terms == 0 and report.density < TOPIC_DENSITY


# ---- story titles ----------------------------------------------------------------------------

FLOOD_LEAD = ("Engineers at the Lakeview dam opened all six spillway gates on Tuesday as the Clearwater River rose "
              "toward a record crest, forcing the evacuation of about 4,000 residents from low-lying neighbourhoods "
              "downstream. The county said shelters were open at two schools.")
FLOOD_BODY = ("Water levels at the gauge in Millbrook reached 7.9 metres overnight, the river authority said, half a "
              "metre below the record set in 1974. Crews filled sandbags along the embankment through the night.")
FLOOD_TITLE = "Engineers at the Lakeview dam opened all six spillway gates on Tuesday as the Clearwater River rose toward a record…"


def test_a_story_scraped_with_junk_above_its_lead_is_titled_by_the_lead_cut_at_a_word(tmp_path):
    scraped = "\n".join([
        "Image copyright Getty Images", "Advertisement", "By Dana Whitfield", "Posted Tuesday, March 4, 2014 5:27 pm",
        FLOOD_LEAD, FLOOD_BODY,
    ])
    with Store(tmp_path / "s.db") as store:
        store.add_articles([Article(doc_id="flood.txt", text=scraped)])
        update_stories(store)
        (story,) = store.stories()
    # The lead's first sentence, cut to 120 characters where a word ends: neither the caption,
    # ad, byline or date above it, nor "...toward a record cr".
    assert story.title == FLOOD_TITLE
    assert len(story.title) <= 120 and FLOOD_LEAD.startswith(story.title[:-1] + " ")


def test_a_headline_shaped_first_line_titles_the_story_only_when_the_text_is_about_it():
    found = Article(doc_id="a", text="Dam operators open spillway as Clearwater River nears record crest\n"
                                     f"{FLOOD_LEAD}\n{FLOOD_BODY}")
    assert headline(found) == "Dam operators open spillway as Clearwater River nears record crest"
    # Same shape, no word of it in the text: a share link the cleaner does not know.
    share_link = Article(doc_id="b", text=f"Click to email this to a friend (Opens in new window)\n{FLOOD_LEAD}\n{FLOOD_BODY}")
    assert headline(share_link) == FLOOD_TITLE


def test_labels_and_editors_notes_above_the_lead_do_not_title_the_story():
    for opening in ("Article Excerpt", "UPDATE:", "(This story has been updated with comments from the county.)"):
        # The dash is what is left of a dateline scraped onto a line of its own.
        article = Article(doc_id="c", text=f"{opening}\nMILLBROOK\n— {FLOOD_LEAD}\n{FLOOD_BODY}")
        assert headline(article) == FLOOD_TITLE, opening


def test_a_title_given_with_the_article_is_kept_whole_on_one_line():
    given = ("Facebook  suspends the accounts of the county's flood relief group after posts on the\n"
             "spillway were flagged as spam, then restores them with an apology")
    article = Article(doc_id="d", text=f"{FLOOD_LEAD}\n{FLOOD_BODY}", title=given)
    # Longer than a lead is cut to, and a line starting "Facebook" reads as a share button to
    # the cleaner: an outlet's headline is still kept as written.
    assert headline(article) == " ".join(given.split())


def test_a_story_counts_its_articles_with_no_outlet_named(tmp_path):
    from newsbrief.render import story_size

    records = [dict(r) for r in stream_records() if r["gold_cluster"] == "port"]
    for record in records[2:]:
        del record["outlet"]
    with Store(tmp_path / "s.db") as store:
        store.add_articles(stream_articles(records))
        update_stories(store)
        (story,) = store.stories(min_size=2)
        named = {r["outlet"] for r in records[:2]}
        assert story.size == 4 and set(story.outlets) == named and story.unnamed == 2
        outlets = f"{len(named)} outlet" + ("s" if len(named) > 1 else "")
        assert story_size(story) == f"4 articles from {outlets} (2 with no outlet named)"


def test_a_headline_heads_a_brief_that_tells_its_news_in_other_forms_of_its_words():
    from newsbrief.models import Brief, BriefSentence
    from newsbrief.stories import source_title

    title = "Mayor decides to keep curfew despite withdrawal of troopers"
    sentence = ("The mayor decided on Monday that the curfew stays in force while the state is withdrawing "
                "its troopers from the city.")
    brief = Brief("S000001", (BriefSentence(sentence, (1,)),), (Article("a", "x", title=title),))
    # With "decides"/"decided" and "withdrawal"/"withdrawing", five of the title's seven content
    # words are in the text; word for word, only three ("mayor", "curfew", "troopers").
    assert source_title(brief) == title
    unrelated = Brief("S000001", brief.sentences, (Article("a", "x", title="Updated By Jane Roe and Ann Poe"),))
    assert source_title(unrelated) is None


def test_a_headline_s_four_letter_words_meet_their_inflections_in_the_brief():
    from newsbrief.models import Brief, BriefSentence
    from newsbrief.stories import source_title

    # A four-letter word is its own root: "vote" meets "voted", "calls" ("call") meets "called", on
    # the shorter word's letters. With them, five of the title's eight content words are in the
    # text; root for root, only three ("ferry", "halt", "union").
    title = "Ferry crews vote to halt sailings as union calls strike"
    sentence = "Ferry staff voted on Monday to halt services, and their union called a walkout."
    brief = Brief("S000005", (BriefSentence(sentence, (1,)),), (Article("a", "x", title=title),))
    assert source_title(brief) == title



def test_a_headline_s_word_of_three_letters_meets_its_forms_that_double_the_last_letter():
    from newsbrief.models import Brief, BriefSentence
    from newsbrief.stories import source_title

    # Four of the title's seven content words are the brief's with "cuts" for "cutting" (s28 QA nt905).
    title = "Ferry firm cuts winter sailings, blames fuel"
    sentence = BriefSentence("The ferry firm is cutting its sailings to the islands from next month.", (1,))
    assert source_title(Brief("S000009", (sentence,), (Article("a", "x", title=title),))) == title
    banned = BriefSentence("The ferry firm has banned its winter sailings to the islands.", (1,))
    title = "Ferry firm bans winter sailings, blames fuel"
    assert source_title(Brief("S000009", (banned,), (Article("a", "x", title=title),))) == title


def test_a_headline_s_clipped_name_meets_the_name_in_the_brief():
    from newsbrief.models import Brief, BriefSentence
    from newsbrief.stories import source_title

    # "Fed" stands for "Federal": with it three of the title's five content words are in the text
    # ("rates", "prices"), without it two. A word the text writes in lower case is no name.
    title = "Fed Holds Rates as Prices Climb"
    sentence = "The Federal Reserve kept interest rates unchanged on Wednesday even as prices rose."
    brief = Brief("S000006", (BriefSentence(sentence, (1,)),), (Article("a", "x", title=title),))
    assert source_title(brief) == title
    brief = Brief("S000006", (BriefSentence(sentence.replace("Federal", "federal"), (1,)),),
                  (Article("a", "x", title=title),))
    assert source_title(brief) is None


def test_a_short_brief_is_headed_by_a_title_about_the_sources_it_cites():
    from newsbrief.models import Brief, BriefSentence
    from newsbrief.stories import source_title

    # A --words 20 brief of one sentence shares three of the title's seven content words ("ferry",
    # "crews", "strike"); the text it was cut from holds the rest (s27 QA D9).
    title = "Ferry crews strike over pay, halting island sailings"
    text = ("Ferry crews went on strike on Monday. The walkout over pay halted sailings to the islands, and "
            "crews said it would last until the operator raised its offer.")
    sentence = BriefSentence("Ferry crews went on strike on Monday.", (1,))
    assert source_title(Brief("S000007", (sentence,), (Article("a", text, title=title),))) == title
    # A byline taken for a headline is about no text; a brief of 50 words or more is tested alone,
    # where the title does not report plainly (a plain one the brief cites is tested with the texts
    # it cites, `test_a_cited_plain_title_about_the_texts_…`).
    assert source_title(Brief("S000007", (sentence,), (Article("a", text, title="By Jane Roe and Ann Poe"),))) is None
    voiced = "What we know about the ferry crews' strike over pay and the halted island sailings"
    assert source_title(Brief("S000007", (sentence,), (Article("a", text, title=voiced),))) == voiced
    long_brief = (sentence, BriefSentence(" ".join(["Ferry crews went on strike again on Tuesday."] * 6), (1,)))
    assert source_title(Brief("S000007", long_brief, (Article("a", text, title=voiced),))) is None


# The tunnel brief: its first sentence comes from article 1, its second from article 2.
TUNNEL_SENTENCES = ("Rescuers reached the 14 workers trapped in the collapsed rail tunnel near Arden on Sunday.",
                    "All 14 miners were brought out alive after two days underground, the regional fire service said.")
TUNNEL_NEWS_TITLE = "Rescuers reach 14 workers trapped in Arden rail tunnel"


def tunnel_brief(first_title: str, first_outlet: str | None = None, second_title: str = TUNNEL_NEWS_TITLE):
    from newsbrief.models import Brief, BriefSentence

    sentences = tuple(BriefSentence(text, (n,)) for n, text in enumerate(TUNNEL_SENTENCES, 1))
    return Brief("S000002", sentences, (Article("a", "x", title=first_title, outlet=first_outlet),
                                        Article("b", "x", title=second_title)))


@pytest.mark.parametrize("title, outlet", [
    ("Will the Arden tunnel rescue change how rail workers are trained?", None),  # a question
    ("Why rescuers took two days to reach the trapped Arden rail tunnel workers", None),  # a question's form
    ("Commentators: Who reached the trapped workers in the Arden rail tunnel first", None),
    ("What we learned from the trapped workers in the Arden rail tunnel", None),  # the writer's voice
    ("Arden tunnel rescue should end the rail workers' long wait", None),  # an argument
    ("Rescuers and trapped workers in Arden rail tunnel", "Valley Courier (Opinion)"),  # an opinion page
    ("OPINION: Arden rescuers reached the trapped rail workers", None),
    ("Fire chief: 'We reached the trapped workers in the tunnel at last'", None),  # mostly one speaker's words
    ("Rescuers reach 16 workers trapped in Arden rail tunnel", None),  # a number the brief does not give
    ("ARDEN RAIL TUNNEL RESCUERS", None),  # a label
    ("Arden rail tunnel rescue live updates: trapped workers reached", None),  # a running page
])
def test_a_brief_is_headed_by_a_title_that_reports_its_news_over_one_that_argues_asks_or_quotes(title, outlet):
    from newsbrief.stories import source_title

    # Each first title is about the brief, and its article gives the first sentence; a plain title
    # of another article heads the brief instead.
    assert source_title(tunnel_brief(title, outlet)) == TUNNEL_NEWS_TITLE


def test_an_uncited_opinion_pieces_title_does_not_head_a_brief_when_no_title_reports():
    from newsbrief.models import Brief, BriefSentence
    from newsbrief.stories import source_title

    # The brief draws on the wire report alone, whose title is about something else; the column's
    # title is about the brief but argues, and the brief does not cite the column.
    column = "Arden rail tunnel rescue should end the rail workers' long wait"
    sentences = tuple(BriefSentence(text, (1,)) for text in TUNNEL_SENTENCES)
    sources = (Article("a", "x", title="Parish council approves new library hours"),
               Article("b", "x", title=column, outlet="Valley Courier (Opinion)"))
    assert source_title(Brief("S000003", sentences, sources)) is None
    # Cited, or from a news page, it still heads the brief.
    cited = tuple(BriefSentence(text, (1, 2)) for text in TUNNEL_SENTENCES)
    assert source_title(Brief("S000003", cited, sources)) == column
    news = (sources[0], Article("b", "x", title=column, outlet="Valley Courier"))
    assert source_title(Brief("S000003", sentences, news)) == column


def test_a_plain_first_title_still_heads_the_brief_and_a_flagged_one_not_asking_heads_it_when_no_other_is_about_it():
    from newsbrief.stories import source_title

    # A scare-quoted word or two is no speaker's statement: the title still reports, over a question
    # (it gives way to a plain title, `test_a_slanted_title_gives_way_…`); a number the brief gives is
    # no mismatch.
    question = "Will the Arden tunnel rescue change how rail workers are trained?"
    for plain in ("Rescuers bring 14 'lucky' workers out of Arden rail tunnel", "ARDEN rescuers reach trapped rail workers"):
        assert source_title(tunnel_brief(plain, second_title=question)) == plain
    assert source_title(tunnel_brief("ARDEN rescuers reach trapped rail workers")) == "ARDEN rescuers reach trapped rail workers"
    writers = "What we learned from the trapped workers in the Arden rail tunnel"
    assert source_title(tunnel_brief(writers, second_title="Parish council approves new library hours")) == writers
    # A question never heads it, though no other title is about it (s28 QA nt905).
    assert source_title(tunnel_brief(question, second_title="Parish council approves new library hours")) is None


@pytest.mark.parametrize("slanted", [
    "Arden rail tunnel 'rescue' reaches trapped workers",  # the outlet's scare quote
    "Rescuers Reach Trapped Workers in 'Doomed' Arden Rail Tunnel",
    "Arden Fire Chief to Families: Workers in Rail Tunnel Reached",  # one speaker's message as the news
    "Fire Chief Hale: Rescuers Will Reach Trapped Arden Rail Workers",  # the claim in the speaker's voice
    "Union Slams Rail Operator as Rescuers Reach Trapped Arden Tunnel Workers",  # an attack, in headline-ese
    "Rescuers Reach Workers Trapped in Arden's Dangerous Rail Tunnel",  # a judgement no one else passes
    "Rescuers Reach Trapped Workers in Heroic Arden Rail Tunnel Effort",
    "Rescuers Blatantly Ignored Rules to Reach Trapped Arden Rail Tunnel Workers",
    "Reaching Trapped Arden Rail Tunnel Workers Is a Well-Deserved Win for Rescuers",
    "Rescuers Reach Trapped Arden Rail Tunnel Workers After Rail Bosses Cave",  # giving in, told as weakness
    "Rail Operator Caves to Union as Rescuers Reach Trapped Arden Tunnel Workers",
])
def test_a_slanted_title_gives_way_to_a_plain_one_the_brief_cites(slanted):
    from dataclasses import replace

    from newsbrief.models import BriefSentence
    from newsbrief.stories import source_title

    # The slanted title reports and its article gives the first sentence; the plain title of the
    # other cited article heads the brief.
    brief = tunnel_brief(slanted)
    assert source_title(brief) == TUNNEL_NEWS_TITLE
    # With the plain title's article not cited, the slanted title still heads the brief: an
    # uncited title may tell an earlier turn of the story.
    assert source_title(replace(brief, sentences=(BriefSentence(TUNNEL_SENTENCES[0], (1,)),))) == slanted


def test_a_quotation_with_its_speaker_or_that_the_brief_quotes_too_is_no_slant_nor_a_storm_or_a_shared_judgement():
    from dataclasses import replace

    from newsbrief.models import Brief, BriefSentence
    from newsbrief.stories import source_title

    for title in ("Fire service calls Arden rail tunnel rescue of trapped workers 'a miracle'",
                  "Arden rail tunnel rescuers reach trapped workers, 'relieved' mayor says"):
        assert source_title(tunnel_brief(title)) == title
    # A name and a claim in the third person reports, as does one that quotes the speaker's words; a
    # storm that slams into a place attacks no one, nor does a cave give in; a judgement another
    # outlet's title passes too is the story's, not the headline's.
    for title in ("Fire Service: Rescuers Reach Trapped Arden Rail Tunnel Workers",
                  "Fire Chief Hale: Rescuers Will Reach Trapped Arden Rail Workers 'Within Hours'",
                  "Storm slams into Arden as rescuers reach trapped rail tunnel workers",
                  "Rescuers reach workers trapped in Arden rail tunnel cave, as water rises"):
        assert source_title(tunnel_brief(title)) == title
    judged = "Rescuers Reach Workers Trapped in Arden's Dangerous Rail Tunnel"
    assert source_title(tunnel_brief(judged, second_title="Rescuers reach 14 in dangerous Arden tunnel")) == judged
    # Unless the title gives it as its verdict ("… is a hero"), not asked ("asked if … was …").
    hailed = "Rescuers reach 14 trapped Arden tunnel workers, hailed as hero"
    verdict = "Arden Rail Tunnel Rescuer Who Reached Trapped Workers Is a Hero"
    assert source_title(tunnel_brief(verdict, second_title=hailed)) == hailed
    asked = "Rail chief asked if Arden tunnel where workers were trapped was dangerous"
    assert source_title(tunnel_brief(asked, second_title="Rescuers reach 14 in dangerous Arden tunnel")) == asked
    # So is one the brief quotes someone passing; one the brief passes only in the titled article's
    # own sentence is still that outlet's alone.
    quoted = TUNNEL_SENTENCES[0].replace("collapsed", "“dangerous”")
    own = tunnel_brief(judged)
    assert source_title(replace(own, sentences=(BriefSentence(quoted, (1,)), own.sentences[1]))) == judged
    unquoted = TUNNEL_SENTENCES[0].replace("collapsed", "dangerous")
    assert source_title(replace(own, sentences=(BriefSentence(unquoted, (1,)), own.sentences[1]))) == TUNNEL_NEWS_TITLE
    # The brief quotes the story's own term, "deep shaft", as the title does.
    lead = "Rescuers reached the 14 workers trapped in the Arden rail tunnel through a “deep shaft” on Sunday."
    sentences = (BriefSentence(lead, (1,)), BriefSentence(TUNNEL_SENTENCES[1], (2,)))
    term = "Rescuers drill 'deep shaft' to reach trapped Arden rail tunnel workers"
    sources = (Article("a", "x", title=term), Article("b", "x", title=TUNNEL_NEWS_TITLE))
    assert source_title(Brief("S000004", sentences, sources)) == term


def test_a_cited_plain_title_about_the_texts_the_brief_draws_on_heads_it_over_a_slanted_one():
    from newsbrief.models import Brief, BriefSentence
    from newsbrief.stories import source_title

    # The second title shares two of its nine content words with the brief ("Arden", "miners"), and
    # seven with the brief and the second article's text; the first, about the brief, slants (s28 QA nt915).
    slanted = "Union Slams Rail Operator as Rescuers Reach Trapped Arden Tunnel Workers"
    plain = "Side shaft drilled as Vale Lines crews free Arden miners"
    sentences = tuple(BriefSentence(text, (n,)) for n, text in enumerate(TUNNEL_SENTENCES, 1))
    sources = (Article("a", TUNNEL_TEXTS[0], title=slanted), Article("b", TUNNEL_TEXTS[1], title=plain))
    assert source_title(Brief("S000008", sentences, sources)) == plain
    # Not cited, it does not.
    assert source_title(Brief("S000008", (sentences[0],), sources)) == slanted


TUNNEL_TEXTS = (
    "Rescuers reached the 14 workers trapped in the collapsed rail tunnel near Arden on Sunday. The workers had been "
    "underground for two days after part of the tunnel roof gave way. Rail operator Vale Lines said all 14 were in good "
    "condition and had been taken to hospital for checks.",
    "All 14 workers trapped in the collapsed Arden rail tunnel were brought out alive on Sunday, the regional fire "
    "service said. Rescuers drilled a side shaft to reach them after two days underground. Vale Lines, which runs the "
    "line, said the tunnel would stay closed while engineers inspect the roof.",
)


def test_a_stored_story_is_titled_as_its_brief_is_headed_once_it_is_briefed(tmp_path):
    # The first article to arrive is an opinion piece: its headline titles the new story until the
    # brief is written, which is headed by the title that reports (`source_title`), and from then
    # on the story list says the same as the story's page.
    opinion = "OPINION: Arden rescuers reached the trapped rail workers"
    articles = [Article(doc_id="op", text=TUNNEL_TEXTS[0], title=opinion, outlet="Valley Courier"),
                Article(doc_id="news", text=TUNNEL_TEXTS[1], title=TUNNEL_NEWS_TITLE, outlet="Arden Post")]
    with Store(tmp_path / "s.db") as store:
        store.add_articles(articles)
        update_stories(store)
        (story,) = store.stories()
        assert story.size == 2 and story.title == opinion
        assert refresh_briefs(store) == []
        assert store.story(story.story_id).title == TUNNEL_NEWS_TITLE


# Two untitled reports of one story, each opening on a sentence longer than a title, which ends on
# who said it.
FLOOD_TEXTS = (
    "Floodwater from the Alder River broke through the old weir above Millbrook on Sunday night and flooded two "
    "hundred homes, officials at the county council said on Monday.\n\nResidents were taken to the "
    "school hall overnight. Engineers said the weir, built in 1890, had not been inspected for six years.",
    "More than two hundred homes in Millbrook were flooded on Sunday night when the Alder River broke through the "
    "weir, the county council confirmed on Monday.\n\nFamilies spent the night in the school "
    "hall. The council said engineers would inspect the weir, which was built in 1890, this week.",
)


def test_an_untitled_story_is_titled_as_its_brief_is_headed_not_by_its_lead_cut_to_fit(tmp_path):
    from newsbrief.render import brief_from_json, brief_heading

    with Store(tmp_path / "s.db") as store:
        store.add_articles([Article(doc_id=str(n), text=text) for n, text in enumerate(FLOOD_TEXTS)])
        update_stories(store)
        (story,) = store.stories()
        assert story.size == 2 and story.title.endswith("…")  # the first lead, cut at a word: no brief yet
        assert refresh_briefs(store) == []
        heading = brief_heading(brief_from_json(store.brief(story.story_id)))
        # The brief's first sentence without who said it, whichever report it is taken from.
        assert heading.startswith(("Floodwater from", "More than two hundred")) and not heading.endswith(("…", "said"))
        assert store.story(story.story_id).title == heading


def test_a_story_whose_brief_is_no_longer_headed_is_titled_by_its_headline_again(tmp_path, monkeypatch):
    import newsbrief.pipeline
    from newsbrief.models import BriefSentence

    # The story's first brief is headed by its first sentence; the brief rewritten as the story
    # grows opens on a quotation, which heads nothing, so its page is headed "Brief" and the list
    # goes back to the first article's headline, not the heading its page no longer shows.
    opening = "Floodwater broke through the old weir above Millbrook on Sunday night and flooded two hundred homes."
    briefs = iter([(opening, "Residents spent the night in the school hall."),
                   ('"We lost everything," one resident said.', opening)])
    monkeypatch.setattr(newsbrief.pipeline, "brief", lambda cluster: Brief(
        cluster.cluster_id, tuple(BriefSentence(text, (1,)) for text in next(briefs)), cluster.articles))
    with Store(tmp_path / "s.db") as store:
        store.add_articles([Article(doc_id=str(n), text=text) for n, text in enumerate(FLOOD_TEXTS)])
        update_stories(store)
        (story,) = store.stories()
        assert refresh_briefs(store, [story.story_id]) == []
        assert store.story(story.story_id).title == opening[:-1]
        assert refresh_briefs(store, [story.story_id]) == []
        assert store.story(story.story_id).title == story.title


@pytest.mark.parametrize("rounded", ["County sells harbor land to builder for $14 Million",
                                     "County sells harbor land to builder for $15M"])
def test_a_headline_s_figure_rounded_from_the_brief_s_is_the_same_figure(rounded):
    from newsbrief.models import Brief, BriefSentence
    from newsbrief.stories import source_title

    # The brief gives "$14.6 million"; a headline cuts it at the point or rounds it, and still
    # reports. A figure it does not round to is another figure: the plain second title heads.
    sentences = (BriefSentence("The county sold the old harbor land to a builder for $14.6 million.", (1,)),
                 BriefSentence("The builder plans 300 homes on the harbor land, the county said.", (2,)))
    plain = "County sells old harbor land to builder"

    def heading(first: str) -> str | None:
        return source_title(Brief("S000006", sentences, (Article("a", "x", title=first), Article("b", "x", title=plain))))

    assert heading(rounded) == rounded
    assert heading(rounded.replace("$14 Million", "$16 Million").replace("$15M", "$13M")) == plain


def untitled_brief(*sentences: str) -> Brief:
    from newsbrief.models import BriefSentence

    return Brief("S000008", tuple(BriefSentence(s, (1,)) for s in sentences), (Article("a", "x"), Article("b", "x")))


# A second sentence, so that no first sentence is the whole brief.
LATER = "Divers are due to inspect the hull on Thursday."


def test_a_brief_with_no_title_is_headed_by_its_first_sentence_without_its_full_stop():
    from newsbrief.stories import text_heading

    lead = "Lifeboat crews brought 80 ferry passengers ashore after the vessel ran aground in fog."
    assert text_heading(untitled_brief(lead, LATER)) == lead[:-1]
    # An initialism keeps its stops, and a quotation its closing mark.
    assert text_heading(untitled_brief("A ferry company is adding night sailings to ports in the U.S.", LATER)).endswith("U.S.")
    quoted = 'The harbour master called the grounding on Tuesday a "freak accident."'
    assert text_heading(untitled_brief(quoted, LATER)) == 'The harbour master called the grounding on Tuesday a "freak accident"'
    # A brief of that one sentence would only be said twice under it.
    assert text_heading(untitled_brief(lead)) is None
    # Sources with titles, none heading the brief (they argue, or tell of something else): no heading from it.
    titled = replace(untitled_brief(lead, LATER), sources=(Article("a", "x", title="Why ferries must change course"),))
    assert text_heading(titled) is None


def test_a_long_first_sentence_heads_a_brief_without_its_attribution_then_its_closing_clauses():
    from newsbrief.stories import text_heading

    said = ("Two hikers were rescued from a flooded cave in the northern hills after three nights on a narrow ledge, "
            "mountain rescue officials said.")
    assert len(said) > TITLE_CHARS
    assert text_heading(untitled_brief(said, LATER)) == said[: said.index(", mountain")]
    # Where it fits, the attribution stays: the heading tells whose claim it is.
    assert text_heading(untitled_brief("Two hikers were rescued from a flooded cave, police said.", LATER)) == (
        "Two hikers were rescued from a flooded cave, police said")
    hung = ("The city council approved a new cycle lane along the harbour road on Monday, despite objections from "
            "shop owners, who feared losing their parking spaces for good.")
    # The last clause goes, and the one before it stays, as it fits.
    assert len(hung) > TITLE_CHARS
    assert text_heading(untitled_brief(hung, LATER)) == hung[: hung.index(", who")]
    assert text_heading(untitled_brief(hung.replace("shop owners", "shop owners and cafe owners on the quay"), LATER)) == (
        "The city council approved a new cycle lane along the harbour road on Monday")


def test_a_first_sentence_is_never_cut_inside_a_clause_to_head_a_brief():
    from newsbrief.stories import text_heading

    # The clause after "which" is an aside the sentence goes on after; after "and" comes the news.
    aside = ("The harbour ferry, which carries about 2,000 commuters a day between the two piers, will stay in port "
             "until divers have checked its hull.")
    joined = ("A fisherman waded into the river to free his net from the weir, and was swept downstream by the "
              "current before rescuers could reach him.")
    long_clause = ("The ferry operator has cancelled every crossing between the two islands for the rest of the "
                   "month to repair the damaged landing ramps at both piers.")
    for sentence in (aside, joined, long_clause):
        assert len(sentence) > TITLE_CHARS and text_heading(untitled_brief(sentence, LATER)) is None


def test_a_first_sentence_that_reads_as_no_headline_heads_nothing():
    from newsbrief.stories import text_heading

    for sentence in ("Studio Pictures Jane Roe as 'The Witch.'",  # a caption's names
                     "He said the ferry would sail again next week.",  # a pronoun pointing back
                     "After the ferry ran aground, passengers waited for hours.",  # a clause first
                     '"We were lucky," said one passenger on the quay.',  # a quotation first
                     "Will the ferry sail again before the summer season?",
                     "Ferry runs aground."):  # a fragment
        assert text_heading(untitled_brief(sentence, LATER)) is None


def test_a_heading_ends_before_a_closing_participle_s_clause_but_not_inside_a_list_of_them():
    from newsbrief.stories import text_heading

    participle = ("Two explosions shook the harbour district of the port city on Monday night, setting off fires in three "
                  "warehouses and closing the docks, the coastguard confirmed.")
    assert len(participle) > TITLE_CHARS
    assert text_heading(untitled_brief(participle, LATER)) == participle[: participle.index(", setting")]
    # Here the words in "-ing" are a list's items; and "according to" tells whose claim it is, which a
    # heading keeps (it goes only as a short last clause).
    listed = ("Health officials urged families to keep a simple remedy kit at home over the long winter for easing "
              "coughs, clearing blocked noses and soothing sore throats.")
    claimed = ("A common cough remedy may do little good for children under six, according to a review of forty "
               "trials by researchers at three universities.")
    for sentence in (listed, claimed):
        assert len(sentence) > TITLE_CHARS and text_heading(untitled_brief(sentence, LATER)) is None


def test_a_title_that_states_the_news_heads_before_a_teaser():
    from newsbrief.models import Brief, BriefSentence
    from newsbrief.stories import source_title

    # s29 QA N4: a teaser withholds the news ("Here's how many…", "Inside…", "Five takeaways…"); it
    # heads only after a title that states it, even where its source gives the brief's first sentence.
    stated = "Islanders vote to keep the winter ferry running"
    sentences = (BriefSentence("Most islanders voted on Sunday to keep the winter ferry running to the mainland.", (1,)),
                 BriefSentence("The ferry will keep running through the winter, the council said.", (2,)))
    for first in ("Here's how many islanders want to keep the winter ferry running", "Inside the island's winter ferry vote",
                  "Five takeaways from the island's winter ferry vote"):
        brief = Brief("S000010", sentences, (Article("a", "x", title=first), Article("b", "y", title=stated)))
        assert source_title(brief) == stated, first


def test_a_title_heads_without_its_closing_stop_or_a_tag_naming_where_it_came_from():
    from newsbrief.models import Brief, BriefSentence
    from newsbrief.stories import source_title

    sentence = BriefSentence("The council will raise island ferry fares next month, officials said.", (1,))
    for title, heading in (("Council to raise island ferry fares: report", "Council to raise island ferry fares"),
                           ("Council to raise island ferry fares - Sources", "Council to raise island ferry fares"),
                           ("Council to raise island ferry fares | Island Daily News", "Council to raise island ferry fares"),
                           ("Council to raise island ferry fares.", "Council to raise island ferry fares"),
                           ("Council to raise ferry fares to the U.S.", "Council to raise ferry fares to the U.S."),
                           ("Council to raise ferry fares for Surfside, Fla.", "Council to raise ferry fares for Surfside, Fla.")):
        assert source_title(Brief("S000011", (sentence,), (Article("a", "x", title=title),))) == heading


def test_a_headline_s_count_of_thousands_meets_the_brief_s():
    from newsbrief.models import Brief, BriefSentence
    from newsbrief.stories import source_title

    # "120K" is the brief's "120,000": a number the brief gives, and with it three of the title's
    # five content words are the brief's ("ferry", "passengers"), without it two.
    title = "Ferry's 120K passengers break record"
    sentence = BriefSentence("The island ferry carried 120,000 passengers this summer, its busiest yet.", (1,))
    assert source_title(Brief("S000012", (sentence,), (Article("a", "x", title=title),))) == title
