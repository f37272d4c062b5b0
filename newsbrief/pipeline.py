"""The library entry point: clean → split → embed → summarize → cite, for one cluster."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations
from typing import TYPE_CHECKING

import numpy as np

from .align import ARTICLE_SENTENCES, content_words, exact_numbers, same_fact_sentences, sentence_alignment, written_numbers
from .clean import clean_cluster
from .embed import get_encoder
from .entities import number_value
from .judge import ORDERS
from .models import Article, Brief, BriefSentence, Cluster, Sentence
from .sentences import MONTH_NAME, WEEKDAY_NAME, shown_text, split_article
from .summarize import MAX_WORDS, MIN_WORDS, Budget, get_summarizer, is_complete

if TYPE_CHECKING:
    from .compare import Fact

# News puts what matters first; sentences deep in long pages (wiki articles, transcripts)
# are rarely brief material and cost most of the embedding time.
MAX_SENTENCES_PER_ARTICLE = 40
# An article whose first sentences and the other articles' first sentences find matches in
# each other this poorly (`story_alignment`) is about another story. Measured with MiniLM on
# real clusters given one article of another cluster, this catches it in 96% of Multi-News and
# 95% of NeuS (AllSides) mixes, and 52% of BASIL ones (all US politics, so the two stories
# share a topic); it warns on 5 of 91 real Multi-News clusters (site boilerplate the cleaner
# let through, an unrelated article Multi-News itself mixed in), 12 of 212 NeuS clusters
# (opinion leads on an angle of their own) and none of 54 BASIL events. At 0.35 it would
# catch 98% but warn on 10-13% of real clusters.
OFF_STORY_ALIGNMENT = 0.30
# An article under OFF_STORY_ALIGNMENT is left out only if it stays under this with each article's
# title counted among its first sentences: a short lead on an angle of its own ("Ken Klippen lives
# in Philadelphia, but he's trying to save egg farmers… from a ballot measure in California")
# shares little with the other leads, but its headline tells the story. Measured on the dev sets
# (each real cluster of three or more articles; and each cluster given the next one's first
# article): NeuS-val warnings fall from 20 to 7 of 301 clusters, every one of the 13 left in read
# as the same story, catching 285 of 307 mixes as before; AllSides from 8 to 7 of 239, catching
# 215 of 254 mixes (216 before); Multi-News (no titles) and BASIL are unchanged.
OFF_STORY_WITH_TITLES = 0.36
# Two articles whose first sentences find matches in each other this well tell one story
# (`story_groups`); a folder or feed holding two stories of two or more articles each is briefed
# on the largest (`other_story_groups`), as those articles vouch for each other in the check above
# (s27 QA D1). Measured on the 715 real dev clusters (Multi-News, NeuS-val, BASIL, AllSides): no
# article is left out that was not before; on 100 pairs of real clusters of each set joined, the
# other cluster is left out exactly in 97 of Multi-News, 75 of 98 BASIL, 83 AllSides and 85 NeuS
# (0, 0, 3 and 0 before). At 0.325: 93, 64, 78, 77; at 0.375: 81, 85, 81, 75; at 0.40 a real
# Multi-News cluster parts.
SAME_STORY_ALIGNMENT = 0.35
# Words English writes in every paragraph and other languages rarely do ("a", "in" and "an" are
# French or German words too, but at a small share). Of the 2,117 documents of NeuS-val,
# Multi-News, BASIL and AllSides dev, none of 20 words or more gives them a share under 0.14; a
# German and a French news paragraph give 0.05 and 0.02.
ENGLISH_WORDS = frozenset("""the of and to that for with is are was were it its this from by has have had he she they his
    her their which who be been not but at would will said on in a an as after over about into than more""".split())
MIN_ENGLISH_SHARE = 0.08
MIN_WORDS_FOR_LANGUAGE = 20  # a headline-length lead may have no such word at all
# Words; a language written without spaces (Chinese, Japanese) counts each character as one.
_SPACELESS_SCRIPT = "\u3040-\u30ff\u3400-\u9fff"
_WORDS = re.compile(rf"[{_SPACELESS_SCRIPT}]|[^\W\d_{_SPACELESS_SCRIPT}]+(?:['’][^\W\d_{_SPACELESS_SCRIPT}]+)?")


@dataclass(frozen=True)
class BriefOptions:
    """Everything that shapes a brief, with the defaults the CLI uses."""

    budget: Budget = field(default_factory=Budget)
    summarizer: str = "newsbrief"
    encoder: str = "minilm"
    max_sentences_per_article: int = MAX_SENTENCES_PER_ARTICLE
    compare: bool = True  # add the cross-source view (agreed, only in, disagreements, quotes, coverage)
    judge: JudgeSettings = field(default_factory=lambda: JudgeSettings())


@dataclass(frozen=True)
class JudgeSettings:
    """Which judge decides disagreements: the offline rules, or a chat endpoint the user runs."""

    kind: str = "rules"  # or "chat"
    url: str | None = None  # OpenAI-compatible base URL, e.g. http://localhost:8080/v1
    model: str | None = None
    timeout: float = 10.0

    def __post_init__(self) -> None:
        if self.kind not in ("rules", "chat"):
            raise ValueError(f"unknown judge {self.kind!r}; choose rules or chat")
        if self.kind == "chat" and not (self.url and self.model):
            raise ValueError("the chat judge needs --judge-url and --judge-model")
        if self.kind == "chat" and not self.url.startswith(("http://", "https://")):
            raise ValueError(f"--judge-url must be an http:// or https:// address, e.g. http://localhost:8080/v1, not {self.url!r}")

    def build(self):
        from .judge import ChatJudge, RuleJudge

        return ChatJudge(self.url, self.model, self.timeout) if self.kind == "chat" else RuleJudge()


def cluster_sentences(cluster: Cluster, limit: int) -> list[Sentence]:
    return [s for index, article in enumerate(cluster.articles) for s in split_article(article, index)[:limit]]


@dataclass(frozen=True)
class PreparedCluster:
    """A cluster cleaned, split and embedded: what every summarizer starts from."""

    cluster_id: str | None
    articles: tuple[Article, ...]
    sentences: list[Sentence]
    embeddings: np.ndarray
    warnings: tuple[str, ...]


def prepare(cluster: Cluster, options: BriefOptions | None = None) -> PreparedCluster:
    """Clean the articles (dropping non-articles and copies of another), split them into sentences
    and embed those; leave out the articles of a second story (the smaller, or the later given)
    and an article about another story than the rest, with a warning."""
    options = options or BriefOptions()
    cleaned = clean_cluster(cluster)
    articles, copy_notes = _without_copies(cleaned.cluster.articles)
    warnings = [*cleaned.warnings, *copy_notes]
    warnings += [f"{a.note_name} does not read as English (few of its words are English ones like \"the\" and \"of\"); "
                 "newsbrief reads English only, so its sentences, citations and coverage are unreliable"
                 for a in articles if not reads_as_english(a.text)]
    sentences = cluster_sentences(replace(cleaned.cluster, articles=articles), options.max_sentences_per_article)
    if not sentences:
        warnings.append(nothing_left(len(cluster.articles)))
    elif len(articles) == 1:
        warnings.append("only one article: no second source to corroborate or compare it with")
    embeddings = get_encoder(options.encoder).encode([s.text for s in sentences]) if sentences else np.zeros((0, 0))
    other_stories = other_story_groups(articles, sentences, embeddings, options.encoder)
    if other_stories:
        # A folder or feed of several stories: the brief is the main one's, and the others'
        # articles, vouching for each other, would pass the odd-article check below.
        left_out = sorted(a for story in other_stories for a in story)
        warnings.append(other_stories_note([articles[a] for a in left_out], len(other_stories),
                                           len(articles) - len(left_out)))
        kept = [a for a in range(len(articles)) if a not in left_out]
        sentences, embeddings, articles = _keep_articles(kept, sentences, embeddings, articles)
    off_story = off_story_articles(articles, sentences, embeddings, options.encoder)
    if off_story and len(articles) - len(off_story) >= 2:
        # Two or more articles tell one story: the brief is theirs, and an article about
        # another story would slip its sentences into it and be cited beside them.
        for a in off_story:
            warnings.append(f"left out {articles[a].note_name}: it seems to be about another story, sharing little with "
                            "the other articles; brief it separately")
        kept = [a for a in range(len(articles)) if a not in off_story]
        sentences, embeddings, articles = _keep_articles(kept, sentences, embeddings, articles)
    elif off_story:
        # No two articles agree on a story, so none can be told apart as the odd one out.
        warnings.append(f"{_names([articles[a] for a in off_story])} seem to be about different stories, sharing "
                        "little with each other; brief them separately")
    return PreparedCluster(cluster.cluster_id, articles, sentences, embeddings, tuple(warnings))


def reads_as_english(text: str) -> bool:
    """Whether a text reads as English: a share of its words of at least MIN_ENGLISH_SHARE are
    ENGLISH_WORDS; a text too short to tell reads as English."""
    words = [word.lower() for word in _WORDS.findall(text)]
    return len(words) < MIN_WORDS_FOR_LANGUAGE or sum(w in ENGLISH_WORDS for w in words) >= MIN_ENGLISH_SHARE * len(words)


def _without_copies(articles: tuple[Article, ...]) -> tuple[tuple[Article, ...], list[str]]:
    """The articles less those that copy an earlier one (`dedup`, as ingest links copies) or
    stand inside a longer one (an excerpt, an earlier version, a statement printed whole), and
    a note for each: either is one source twice, so it must not corroborate the other, and a
    stored story's brief leaves them out the same way."""
    from .dedup import contained_texts, earlier_copies

    if len(articles) < 2:  # nothing to copy; a long text's shingles cost seconds (s27 QA D5)
        return articles, []
    texts = [a.text for a in articles]
    copies = earlier_copies(texts)
    contained = contained_texts(texts, skip=set(copies))
    notes = ["left out {}: a copy of {}; one source, counted once".format(*_told_apart(articles[copy], articles[original]))
             for copy, original in copies.items()]
    notes += ["left out {}: its text is contained in {}; one source, counted once".format(
        *_told_apart(articles[part], articles[whole])) for part, whole in contained.items()]
    return tuple(a for number, a in enumerate(articles) if number not in copies and number not in contained), notes


def _told_apart(article: Article, other: Article) -> tuple[str, str]:
    """How a note names two articles: by the paths they were read from where their names are one
    (two sites' pages both saved as index.txt), as "index.txt: a copy of index.txt" is a riddle."""
    paths = article.source_path, other.source_path
    if article.note_name == other.note_name and all(paths) and paths[0] != paths[1]:
        return paths
    return article.note_name, other.note_name


def nothing_left(given: int) -> str:
    """The note for a cluster none of whose documents is left to brief. Each dropped document
    has a warning of its own saying why, so this one only sums them up."""
    if not given:
        return "no article to brief: the cluster has no documents"
    return "no article left to brief: " + ("its one document was dropped" if given == 1 else f"all {given} documents were dropped")


def off_story_articles(articles: tuple[Article, ...], sentences: list[Sentence], embeddings: np.ndarray,
                       encoder: str) -> list[int]:
    """The articles that seem to be about another story than the rest: under OFF_STORY_ALIGNMENT
    (`story_alignment`), and under OFF_STORY_WITH_TITLES with the titles counted too. Titles are
    embedded only when an article is under the first."""
    low = [a for a, score in enumerate(story_alignment(sentences, embeddings, len(articles))) if score < OFF_STORY_ALIGNMENT]
    titles = _title_vectors(articles, encoder) if low else {}
    if not titles:
        return low
    with_titles = story_alignment(sentences, embeddings, len(articles), titles)
    return [a for a in low if with_titles[a] < OFF_STORY_WITH_TITLES]


def other_story_groups(articles: tuple[Article, ...], sentences: list[Sentence], embeddings: np.ndarray,
                       encoder: str) -> list[list[int]]:
    """The stories other than the main one that two or more of the articles tell (`story_groups`),
    each as its articles: the main story is the largest, of equal ones the first given. A lone
    article is left to `off_story_articles`. Titles are embedded only when the leads alone part
    the articles into two such stories, and must part them too."""
    if len(_told_twice(story_groups(sentences, embeddings, len(articles)))) < 2:
        return []
    stories = _told_twice(story_groups(sentences, embeddings, len(articles), _title_vectors(articles, encoder)))
    main = max(stories, key=len, default=None)
    return [story for story in stories if story is not main]


def _title_vectors(articles: tuple[Article, ...], encoder: str) -> dict[int, np.ndarray]:
    """Each titled article's title embedded, by the article's number."""
    titled = [a for a, article in enumerate(articles) if article.title]
    return dict(zip(titled, get_encoder(encoder).encode([articles[a].title for a in titled]))) if titled else {}


def _told_twice(groups: list[list[int]]) -> list[list[int]]:
    return [group for group in groups if len(group) >= 2]


def other_stories_note(left_out: list[Article], stories: int, kept: int) -> str:
    told = "another story" if stories == 1 else f"{stories} other stories"
    return (f"left out {_names(left_out)}: they seem to tell {told} than the other {kept} articles, sharing little "
            "with them; brief each story separately (newsbrief cluster or newsbrief ingest sorts a folder or feed of "
            "several stories into stories)")


def story_groups(sentences: list[Sentence], embeddings: np.ndarray, articles: int,
                 titles: dict[int, np.ndarray] | None = None) -> list[list[int]]:
    """The articles grouped by story, in the order given: two articles whose first sentences
    (`_lead_vectors`) find matches in each other at SAME_STORY_ALIGNMENT or more
    (`align.sentence_alignment`) tell one story, and so does a chain of such pairs. An article
    with no sentence is a group of its own."""
    leads = _lead_vectors(sentences, embeddings, articles, titles or {})
    group = list(range(articles))
    with_leads = [a for a in range(articles) if leads[a] is not None]
    for a, b in combinations(with_leads, 2):
        if sentence_alignment(leads[a], leads[b]) >= SAME_STORY_ALIGNMENT:
            old, new = group[b], group[a]
            group = [new if g == old else g for g in group]
    return [[a for a in range(articles) if group[a] == g] for g in dict.fromkeys(group)]


def story_alignment(sentences: list[Sentence], embeddings: np.ndarray, articles: int,
                    titles: dict[int, np.ndarray] | None = None) -> list[float]:
    """Per article, how well it and the other articles tell the same story, from 0 to 1: the
    mean of how well its first sentences (`_lead_vectors`) find a match among the others' first
    sentences, and theirs in it (`align.sentence_alignment`, against all other articles at once).
    1 for an article with no other article to compare it with."""
    leads = _lead_vectors(sentences, embeddings, articles, titles or {})
    scores = []
    for article in range(articles):
        others = [vectors for a, vectors in enumerate(leads) if a != article and vectors is not None]
        scores.append(sentence_alignment(leads[article], np.vstack(others)) if leads[article] is not None and others
                      else 1.0)
    return scores


def _lead_vectors(sentences: list[Sentence], embeddings: np.ndarray, articles: int,
                  titles: dict[int, np.ndarray]) -> list[np.ndarray | None]:
    """Per article, the vectors of its first ARTICLE_SENTENCES sentences, its title's (in `titles`)
    counted as one of them; None for an article with no sentence."""
    leading = np.array([s.position < ARTICLE_SENTENCES for s in sentences], dtype=bool)
    owner = np.array([s.article for s in sentences])
    rows = [leading & (owner == article) for article in range(articles)]
    return [np.vstack([embeddings[mine], *([titles[article]] if article in titles else [])]) if mine.any() else None
            for article, mine in enumerate(rows)]


def _keep_articles(kept: list[int], sentences: list[Sentence], embeddings: np.ndarray,
                   articles: tuple[Article, ...]) -> tuple[list[Sentence], np.ndarray, tuple[Article, ...]]:
    """Only these articles' sentences and embeddings, articles renumbered in their order."""
    number = {old: new for new, old in enumerate(kept)}
    rows = _rows_of(kept, sentences)
    return ([replace(sentences[i], article=number[sentences[i].article]) for i in rows], embeddings[rows],
            tuple(articles[a] for a in kept))


def _rows_of(kept: list[int], sentences: list[Sentence]) -> list[int]:
    """The indices of these articles' sentences, in order."""
    return [i for i, s in enumerate(sentences) if s.article in kept]


def _names(articles: list[Article]) -> str:
    names = [a.note_name for a in articles]
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]


def summarize(prepared: PreparedCluster, options: BriefOptions | None = None) -> Brief:
    """Choose the brief's sentences and cite, for each, every article that states it."""
    options = options or BriefOptions()
    sentences, embeddings = prepared.sentences, prepared.embeddings
    chosen = choose_sentences(prepared, options)
    warnings = list(prepared.warnings)
    if sentences and not chosen:
        warnings.append(no_sentence_chosen(sentences, options.budget))
    comparison = None
    if options.compare:
        from .compare import compare

        judge = options.judge.build()
        comparison = compare(sentences, embeddings, headline_vectors(prepared, options), judge,
                             outlets=tuple(article.outlet for article in prepared.articles))
        warnings += _judge_failures(judge)
    cited = citations(chosen, sentences, embeddings, comparison.agreed if comparison else ())
    brief_sentences = [BriefSentence(shown_text(sentences[index].text), sources) for index, sources in zip(chosen, cited)]
    return Brief(prepared.cluster_id, tuple(brief_sentences), prepared.articles, comparison, tuple(warnings))


def choose_sentences(prepared: PreparedCluster, options: BriefOptions) -> list[int]:
    """The summarizer's sentences (indices into `prepared.sentences`). Where news articles and
    opinion pieces (`Article.is_opinion`) tell the story, from the news articles alone: a brief
    states what happened, and a column's hook or loaded claim ("X has been wrong about every
    question") is its writer's. The pieces still cite a chosen sentence they state, and stay in
    the cross-source view. From all articles where every one is opinion, or the news articles
    give no sentence a brief can take."""
    summarizer = get_summarizer(options.summarizer)
    sentences, embeddings = prepared.sentences, prepared.embeddings
    if not sentences:
        return []
    news = [a for a, article in enumerate(prepared.articles) if not article.is_opinion]
    if 0 < len(news) < len(prepared.articles):
        news_sentences, news_embeddings, _ = _keep_articles(news, sentences, embeddings, prepared.articles)
        rows = _rows_of(news, sentences)
        chosen = [rows[i] for i in summarizer(news_sentences, news_embeddings, options.budget)]
        if chosen:
            return chosen
    return summarizer(sentences, embeddings, options.budget)


def no_sentence_chosen(sentences: list[Sentence], budget: Budget) -> str:
    """The note for articles that have text but no sentence a brief can take: most often a text
    with no sentence ends to split it at, which reads as one sentence thousands of words long;
    or a word budget shorter than every whole sentence."""
    if all(s.words > MAX_WORDS for s in sentences):
        longest = max(s.words for s in sentences)
        return (f"no sentence fit for a brief: the text could not be split into sentences, running {longest:,} words "
                f"with no sentence end where a brief sentence has at most {MAX_WORDS}")
    complete = [s.words for s in sentences if is_complete(s)]
    if complete and budget.words is not None and min(complete) > budget.words:
        return (f"no sentence fits the {budget.words}-word budget: the shortest that reads whole has {min(complete)} "
                "words; give a larger --words")
    return (f"no sentence fit for a brief: none of the {len(sentences)} sentences is one a brief can take alone "
            f"({MIN_WORDS} to {MAX_WORDS} words, a statement ending in a full stop, not leaning on the sentence before)")


MAY_GIVE_FIGURE_OR_DATE = re.compile(
    r"\d|(?i:\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|"
    r"millions?|billions?|trillions?)\b)|"
    rf"\b{MONTH_NAME}\b|\b{WEEKDAY_NAME}\b|(?i:\b(?:yesterday|today|tomorrow)\b)")


# Of a superlative's words, these are a quantity ("most Americans") or no claim ("the latest poll").
NO_SUPERLATIVE_CLAIM = frozenset({"most", "least", "latest"})
MAY_BE_SUPERLATIVE = re.compile(r"\w+est\b|\b(?:best|worst)\b", re.I)
COMPARED_NAME = re.compile(r"\bthan\s+((?:the\s+)?(?:[A-Z][\w.'’-]*\s*)+)")
POSSESSIVE = re.compile(r"['’]s?$")
# A quotation of this many content words or more is given by a source printing most of them
# (QUOTE_WORDS_STATED): outlets transcribe a long statement with small differences ("I feel very
# badly for Gen. Flynn"). A shorter one is given only by a source printing its words as they stand:
# a source that writes "soon" does not say "as soon as possible", nor "like he's running his
# business" that "like he's run his business".
QUOTATION_CLAIM_WORDS = 5
QUOTE_WORDS_STATED = 0.75  # share of a long quotation's content words a source must have to give it
# Words left out of a quotation or put in by the writer ("…like he's run his business", "the
# managers [are]"): a source gives the words between them.
QUOTATION_GAP = re.compile(r"\.\.\.|…|\[[^\]]*\]")
# A word an outlet prints censored ("f-----g", "s***") stands for any word with the letters it
# keeps; each other word of a short quotation is a word as `compare.bare_words` reads it.
CENSORED_OR_WORD = re.compile(r"(\w)[-*]{2,}(\w*)|\w+")
# A writer's attribution put inside a quotation ("…carnage,” he declared, “stops right here"):
# not the speaker's words, so a source printing them around it prints the quotation.
INSIDE_QUOTATION = re.compile(r",\s*[”\"]\s+([^“”\"]{1,60}?),\s*[“\"]")
# A count in words is a claim of its size ("thousands of migrants were released"): a source that
# says "some" or that nobody knows how many does not give it; one writing the word or a number
# of that size does.
COUNT_WORD = re.compile(rf"\b({'|'.join(ORDERS)})\s+of\b", re.I)


def claim_specifics(text: str) -> tuple[frozenset[str], frozenset[str], tuple[frozenset[str], ...], tuple[re.Pattern, ...]]:
    """What a sentence's claim rests on beyond what it is about: its exact numbers (`align.exact_numbers`), the
    words of its superlatives ("the *longest* shutdown") and of a name it compares with ("more than
    *Trump's* campaign"), the content words of each long quotation, and the words of each short one
    (`printed_words`, between any gaps: `QUOTATION_GAP`). A quoted title ("This Week",
    "Bridgegate") names a work or an affair, not words someone said."""
    from .compare import bare_words
    from .judge import tagged_words
    from .quotes import is_title, quoted_spans

    # The tagger (spaCy, seconds to load) only for a sentence with a word that may be a superlative.
    superlatives = tagged_words(text) if MAY_BE_SUPERLATIVE.search(text) else ()
    words = {word.lower() for _, word, tag in superlatives if tag == "JJS"} - NO_SUPERLATIVE_CLAIM
    for compared in COMPARED_NAME.finditer(text):
        words |= {POSSESSIVE.sub("", word).lower() for word in compared.group(1).split() if word[0].isupper()}
    quoted = [m.group(1) for m in quoted_spans(text) if not is_title(m.group(1).strip(" ,."))]
    long_quotations = tuple(q for q in map(content_words, quoted) if len(q) >= QUOTATION_CLAIM_WORDS)
    short_quotations = tuple(printed_words(words) for q in quoted if len(content_words(q)) < QUOTATION_CLAIM_WORDS
                             for words in QUOTATION_GAP.split(q) if bare_words(words).strip())
    return exact_numbers(text), frozenset(content_words(" ".join(words))), long_quotations, short_quotations


def states_specifics(text: str, source: str) -> bool:
    """Whether a source's text gives each of a sentence's `claim_specifics` and its counts in words:
    one that never gives the sentence's figure, superlative, compared name, quoted words or size
    ("thousands", where it says "some") does not state its claim, however close one of its
    sentences is ("the longest shutdown in U.S. history" is not in a report of the shutdown
    that never says so; "turned a blind eye" is not in one saying the FBI "failed to act")."""
    from .compare import bare_words

    needed_numbers, needed_words, long_quotations, short_quotations = claim_specifics(text)
    source_words = content_words(source)
    source_numbers = written_numbers(source)
    printed = bare_words(INSIDE_QUOTATION.sub(_without_attribution, source)) if short_quotations else ""
    return (needed_numbers <= source_numbers and needed_words <= source_words
            and all(len(q & source_words) >= QUOTE_WORDS_STATED * len(q) for q in long_quotations)
            and all(q.search(printed) for q in short_quotations)
            and all(gives_count(count.lower(), source, source_numbers) for count in COUNT_WORD.findall(text)))


def printed_words(quotation: str) -> re.Pattern:
    """What a source must print to give a short quotation: its words (`compare.bare_words`), in
    order, a censored one ("f-----g") as any word with the letters it keeps (`CENSORED_OR_WORD`)."""
    words = [re.escape(m.group()) if m.group(1) is None else rf"{m.group(1)}\w*{m.group(2)}"
             for m in CENSORED_OR_WORD.finditer(quotation.lower())]
    return re.compile(f" {' '.join(words)} ")


def _without_attribution(inside: re.Match) -> str:
    """A quotation broken by an attribution (`INSIDE_QUOTATION`) as the speaker's words alone."""
    from .quotes import ATTRIBUTION

    return " " if ATTRIBUTION.search(inside.group(1)) else inside.group()


def gives_count(count: str, source: str, source_numbers: frozenset[str]) -> bool:
    """Whether a source gives a count in words ("thousands"): the word itself, in any number
    ("tens of thousands", "12 thousand"), or a number of its size (`judge.ORDERS`)."""
    if re.search(rf"\b{count[:-1]}", source, re.I):
        return True
    low, high = ORDERS[count]
    return any(low <= value < high for value in map(number_value, source_numbers) if value is not None)


def citations(chosen: list[int], sentences: list[Sentence], embeddings: np.ndarray,
              agreed: Sequence[Fact] = ()) -> list[tuple[int, ...]]:
    """For each chosen sentence, the sources (numbered from 1) that state it: its own first,
    then every other article with a sentence stating the same fact, the closest such sentence
    (`align.same_fact_sentences`) or the one an `agreed` fact (`compare.agreed_groups`) lists beside
    it, unless that sentence contradicts it (another date, a negation or hedge: `RuleJudge`),
    gives another figure of one measure, of the same thing or not (`judge.figures_differ`), tells
    the position the sentence states given up or the other way round (`judge.gives_up_claim`), shares
    with it only a thing one of the two is about (`compare.said_of_one_thing`: "The drug is given as a
    pill" is not corroborated by "said the drug cut the risk in half"), or the
    source never gives its specifics (`states_specifics`), since a source that gives a different
    date or count does not corroborate the sentence. Agreed joins wordings further apart than the
    closest match asks for (a weekly claims figure told as "a new pandemic low" and as "the lowest
    since the pandemic began", 0.69), through a third wording, or as two leads of one event: an
    outlet shown as agreeing with a summary sentence is cited with it where it gives what the
    sentence claims."""
    from .compare import said_of_one_thing
    from .entities import Mentions, mentions
    from .judge import RuleJudge, Statement, figures_differ, gives_up_claim

    similarity = embeddings[chosen] @ embeddings.T
    # An agreed fact lists its wordings as the view shows them (`sentences.shown_text`).
    index_of = {(s.article + 1, shown_text(s.text)): i for i, s in enumerate(sentences)}
    listed_with = {index_of[s.source, s.text]: [index_of[o.source, o.text] for o in fact.statements]
                   for fact in agreed for s in fact.statements}
    matches = []  # per chosen sentence, the other articles' sentences stating the same fact: the closest and the listed
    for row, index in enumerate(chosen):
        closest: dict[int, int] = {}
        for j in same_fact_sentences(sentences[index], sentences, similarity[row]):
            article = sentences[j].article
            if article not in closest or similarity[row, j] > similarity[row, closest[article]]:
                closest[article] = j
        matches.append(sorted(set(closest.values()) | {j for j in listed_with.get(index, ()) if j != index}))
    # Entities (spaCy, the costly part) only for pairs where both sides may give a figure or a
    # date; negation and hedging the judge reads off the words.
    pairs = [(i, j) for i, matched in zip(chosen, matches) for j in matched]
    figured = [(i, j) for i, j in pairs if all(MAY_GIVE_FIGURE_OR_DATE.search(sentences[k].text) for k in (i, j))]
    looked_up = sorted({k for pair in figured for k in pair})
    found = dict(zip(looked_up, mentions([sentences[k].text for k in looked_up]))) if looked_up else {}
    statements = {k: Statement(sentences[k].text, found.get(k, Mentions())) for pair in pairs for k in pair}
    judge = RuleJudge()
    source_texts = {article: " ".join(s.text for s in sentences if s.article == article)
                    for article in {s.article for s in sentences}}
    cited = []
    for index, matched in zip(chosen, matches):
        agreeing = {sentences[j].article for j in matched
                    if not figures_differ(statements[index], statements[j]) and not judge(statements[index], statements[j])
                    and not gives_up_claim(statements[index], statements[j])
                    and states_specifics(sentences[index].text, source_texts[sentences[j].article])
                    and not said_of_one_thing(sentences[index].text, sentences[j].text)}
        cited.append((sentences[index].article + 1, *sorted(a + 1 for a in agreeing)))
    return cited


def headline_vectors(prepared: PreparedCluster, options: BriefOptions) -> np.ndarray:
    """One vector per article: its title's embedding, or its first sentence's when it has no title."""
    titles = _title_vectors(prepared.articles, options.encoder)
    first = {}
    for index, sentence in enumerate(prepared.sentences):
        first.setdefault(sentence.article, index)
    vectors = np.zeros((len(prepared.articles), prepared.embeddings.shape[1]), dtype=np.float32)
    for article in range(len(prepared.articles)):
        if article in titles:
            vectors[article] = titles[article]
        elif article in first:
            vectors[article] = prepared.embeddings[first[article]]
    return vectors


def _judge_failures(judge) -> list[str]:
    """One warning for a judge that fell back to the rules, however many times it failed."""
    failures = getattr(judge, "failures", [])
    return [f"{failures[0]} ({len(failures)} calls fell back)"] if failures else []


def brief(cluster: Cluster, options: BriefOptions | None = None) -> Brief:
    """Clean the cluster's articles and write its brief, every sentence citing its sources.

    A cluster with no article text left after cleaning gets an empty brief that says why in
    its warnings; a single article is briefed with a warning, since nothing corroborates it.
    An article that copies an earlier one, or is about another story than the rest, is left out
    with a warning, and so are the articles of other stories where the cluster holds several (the
    largest is briefed, of equal ones the first given); when no two articles share a story, all
    are briefed and the warning names them.
    """
    return summarize(prepare(cluster, options), options)
