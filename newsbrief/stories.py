"""Keep a store's stories current: dedup and cluster the articles that have no story yet,
then rewrite the briefs of the stories that changed.

The clusterer's state is not stored: it is rebuilt by replaying the stored decisions, in
arrival order, over the articles' stored features (computed again only where missing),
which gives exactly the state the last run ended with. So a run that was interrupted (Ctrl-C, a kill) resumes at the first article
without a story, and an incremental run continues the same stories, with the same ids.

Features are computed by a `Featurizer`: `local_featurizer` here, or the Dask one in
`distributed.py`; either gives the same features, and the decisions are always taken here,
in one place and in order, so both give the same stories.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain

from .clean import clean_article, without_markup
from .cluster import (
    SCALE_SAMPLE, ArticleFeatures, ClusterOptions, StoryClusterer, choose_story_scale, content_words,
    features_from_bytes, features_key, features_to_bytes, featurize,
)
from .judge import ATTRIBUTION as CLAIM_ATTRIBUTION, one_word
from .models import Article, Brief
from .quotes import ATTRIBUTION, quoted_spans
from .sentences import DASHES, split_paragraph
from .store import BRIEFED_SIZE, Store, StoredArticle

BATCH = 500  # articles per transaction: a kill loses at most this much work, never stored work
# A title taken from the text (a lead sentence) is cut at a word boundary to fit this, ending in "…";
# a headline is kept whole, as its outlet wrote it.
TITLE_CHARS = 120
# An opening paragraph of fewer words is a label ("Article Excerpt", "UPDATE:"), not the lead.
LEAD_MIN_WORDS = 4
# A headline the cleaner found must share half its content words with this much of the text below it.
ABOUT_WORDS = 400
# A brief of fewer words (a --words 20 budget) may hold too few for half of any title's: where no
# title is about it, a title about it and the texts of the sources it cites heads it (`source_title`).
SHORT_BRIEF_WORDS = 50
ROOT_LETTERS = 5
# A headline's clipped name: a capitalised word of three letters, met by a capitalised word of the
# text it opens ("Fed" for "Federal", "Gov" for "Governor", "Sen" for "Senator").
CLIPPED_WORD = re.compile(r"\b[A-Z][a-z]{2}\b")
# A headline's quotation: in single or double marks, opening where a word may start and closing
# where none goes on (the "'" of "don't" closes nothing). Headlines quote in single marks with no
# closing comma, which a sentence's quotation (`quotes.quoted_spans`) needs.
TITLE_QUOTATION = re.compile(r"(?<![\w'‘’])['‘\"“](?=\w)(.+?)['’\"”](?!\w)")
# A headline in its writer's voice, not reporting: "What We Got Wrong in …", "Maybe We Should Delay
# …", "What You Need to Know" (summarize's first-person tests read sentence case; a headline is in
# title case, where "We" and "Our" sit mid-line).
WRITERS_VOICE = re.compile(r"\b(?:we|our|you|your|should)\b", re.IGNORECASE)
# A headline that gives one speaker's message to others as its news: "Biden to GOP: …", "Harris to
# Migrants: 'Do Not Come'" (the speaker's words capitalised, so "Top officials to testify: …" is no such line).
HEADLINE_SPEAKER = r"^(?:[A-Z]\S*\s){0,3}?[A-Z]\S*"
MESSAGE_TO = re.compile(rf"{HEADLINE_SPEAKER} to (?:\S+\s){{0,2}}?\S+:\s")
# Or a name and the claim in its speaker's voice, which a headline with no quotation gives as its
# news: "Senator Hale: Ferry Cuts Will Save the Island", "Mayor: I Won't Resign". A name and a claim in
# the third person reads as a report ("CDC: Fully vaccinated people don't need masks outside"), as
# does a label ("Watch Live: …").
VOICED_CLAIM = re.compile(rf"{HEADLINE_SPEAKER}:\s(?=.*\b(?i:I|me|my|we|our|will|would|must|should)\b)")
# Headline-ese for one side's attack on another, told in the attacker's heat: "Senator Slams Rival",
# "Mayor Lashes Out at Council". The verb has its subject before it ("Blasts Reported at Plant" opens
# on a noun), and a storm that "slams into" a coast or a rocket that "blasts off" attacks no one.
ATTACK_VERB = re.compile(r"(?<=\w\s)(?:slam|slams|blasts|rips|torches|mocks|trashes|bashes|skewers|scorches|"
                         r"lambasts|eviscerates|savages|lash(?:es)? out|unloads? on|rails? against)\b"
                         r"(?!\s+(?:into|through|off|across)\b)", re.IGNORECASE)
# A judgement a headline passes in its own words ("signs restrictive voting bill", "Biden's border
# fiasco", "Trump's awful advice", "a legacy of world-changing evangelism"): loaded where no other
# outlet passes it (`_own_judgement`).
JUDGEMENT_WORDS = frozenset((
    "absurd", "appalling", "astonishing", "awful", "bizarre", "blatantly", "blistering", "bombshell", "brutal",
    "controversial", "corrupt", "crazy", "dangerous", "debacle", "desperate", "disgraceful", "disgusting", "divisive",
    "dumb", "embarrassing", "extreme", "far-left", "far-right", "fiasco", "hero", "heroic", "insane", "outrageous",
    "pathetic", "racist", "radical", "restrictive", "ridiculous", "scathing", "shameful", "sham", "shocking",
    "stunning", "stupid", "ugly", "well-deserved", "woke", "world-changing"))
# Or in a verb that tells one side's giving in as weakness: "Moderate Democrats Cave", "Trump Caves to
# Democrats", "caved on the wall". The verb has a plural subject before it at the line's end, or "to" or "on"
# after it, or a comma ("Retailer Caves, Ends Sales"): the noun ("freed from Thai cave, but…", "Cave
# rescue resumes") has none of these.
GIVING_IN = re.compile(r"\b(?:caved|caves?(?=\s+(?:in\s+)?(?:to|on)\b)|caves(?=\s*,)|(?<=s\s)cave(?=\s*$))",
                       re.IGNORECASE)
# A judgement a headline gives as its verdict, the complement of "is"/"was" ("Captain Crozier Is a Hero",
# "…fine is an embarrassing joke", "…is so controversial"): its own, whoever else passes it (s29 QA
# nt1002, whose brief cites another outlet's "…lionize Capt. Brett Crozier as a hero"), unless it is
# asked ("…asked if his attack was racist").
VERDICT = re.compile(r"\b(?:is|are|was|were)\s+(?:(?:a|an|so|too|very|[a-z]+ly)\s+)*(?P<word>[\w’'-]+)",
                     re.IGNORECASE)
ASKED_IF = re.compile(r"\b(?:if|whether)\b", re.IGNORECASE)
# The present tense a headline gives the attribution verbs `quotes.ATTRIBUTION` knows in the past
# ("called", "vowed"); it has "says" and "tells" already.
HEADLINE_ATTRIBUTION = re.compile(r"\b(?:call|claim|vow|urge|pledge|promise)s?\b", re.IGNORECASE)
# A running page's label ("Impeachment trial live updates: …"): the page reports many things over a day.
LIVE_PAGE = re.compile(r"\blive (?:updates?|blog)\b", re.IGNORECASE)
# A headline that teases the news rather than telling it (s29 QA N4): it withholds what it points at
# ("Here's how many Mexicans want migrants deported", "Here's why…"), opens a feature ("Inside Schumer's
# infrastructure gamble"), or lists ("5 takeaways from the debate", "Six things to watch").
TEASER = re.compile(r"^(?:here(?:['’]s| is| are)\s+(?:how|what|why|who|where|when|all)\b|inside\b|what to know\b|"
                    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:\S+\s+)?(?:things|ways|takeaways|"
                    r"questions|reasons|moments|lessons)\b)", re.IGNORECASE)
# A headline that asks in a question's form with no question mark, after a label or none (s29 QA
# nt1008's "Commentators: Who won the Democratic debate"): an explainer's or an argument's "How Trump
# saved Kavanaugh", "Why Beto O'Rourke lost", "What we know about…" (not "WHO says…", the agency).
QUESTION_FORM = re.compile(r"^(?:\w+:\s+)?(?:[Hh]ow|[Ww]hat|[Ww]hy|[Ww]ho)\b")
# A tag after a headline naming where it came from, which the brief's own citations give: "…: Report",
# "… - sources", "…: poll", or its outlet after a bar ("… | Fox News").
TRAILING_TAG = re.compile(rf"(?:\s*:|\s+[|{DASHES}-])\s*(?:reports?|sources?|poll|study)\s*$|\s+\|\s+(?:\S+\s?){{1,4}}$",
                          re.IGNORECASE)
# Where a brief's first sentence may end as a heading (`text_heading`): before a comma that opens a
# clause hung on the main one ("…, which…", "…, after…", "…, even as…", "…, setting off…"); what is left before it is
# whole. Not before "and" or "but": "…laid down in front of a car, and was killed…" puts the news after it.
HEADING_CUT = re.compile(r",\s+(?=(?:which|who|whose|where|when|while|as|after|before|since|until|because|"
                         r"although|though|despite|following|amid|even|(?!according)(?P<participle>[a-z]+ing))\b)")
# A participle's clause ("…, setting off…") is no clause hung on the sentence where a word in "-ing"
# shortly before the comma may open a list it goes on: "for relieving aches and pains, lowering fever and…".
LISTED_PARTICIPLE = re.compile(r"\b[a-z]+ing\b(?:\s+\S+){0,3}$")
# A sentence's closing full stop, which a headline leaves off (not an initialism's, "in the U.S.", nor
# a short abbreviation's: "in Surfside, Fla.", "Martin Luther King Jr."; nor a quotation's "!").
CLOSING_STOP = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?:\.(?=[”\"’']?$)|!$)")
# A last clause of no more words that tells who said it (`judge.ATTRIBUTION`: "…, officials said",
# "…, the company confirmed", "…, according to a court filing on Thursday") goes from a heading too long with it (the brief still gives the source);
# one that fits keeps it.
ATTRIBUTION_WORDS = 8
# A heading from a brief's sentence of fewer words, or of fewer words in lower case, is a fragment
# or a caption's names, not a headline.
HEADING_MIN_WORDS = 5
HEADING_LOWER_WORDS = 2
# A first sentence that opens on a clause, a quotation or a word pointing back heads nothing.
NO_HEADING_OPENING = re.compile(r"^(?:[\"“‘']|(?:If|When|While|Although|Though|As|Because|After|Before|Since|Once|"
                                r"Unless|Until|He|She|They|It|This|That|These|Those|His|Her|Their|Its|But|And)\b)")

# Feature batches for article batches, in the same order (the batches may be computed ahead).
Featurizer = Callable[[Iterable[list[Article]], ClusterOptions], Iterator[list[ArticleFeatures]]]


def local_featurizer(batches: Iterable[list[Article]], options: ClusterOptions) -> Iterator[list[ArticleFeatures]]:
    for batch in batches:
        yield featurize(batch, options)


@dataclass
class UpdateReport:
    replayed: int = 0  # articles whose stored decision rebuilt the clusterer
    assigned: int = 0  # articles given a story in this run
    duplicates: int = 0  # of which copies of an earlier article
    new_stories: int = 0
    full_text_terms: int | None = None  # the story scale the new articles were clustered at
    density: float | None = None  # the stream density that chose it, when the stream chose


def _loaded(store: Store, seqs: list[int], size: int) -> Iterator[list[StoredArticle]]:
    """The articles in batches, each read when it is needed (a feature batch may run ahead)."""
    for start in range(0, len(seqs), size):
        yield store.load(seqs[start : start + size])


def update_stories(
    store: Store,
    options: ClusterOptions = ClusterOptions(),
    featurizer: Featurizer = local_featurizer,
    batch: int = BATCH,
    on_progress: Callable[[str, int, int], None] | None = None,
) -> UpdateReport:
    """Give every stored article without a story its story, one committed batch at a time.

    With `options.full_text_terms` None, the store's first `SCALE_SAMPLE` articles decide
    whether its stories are events or topics (`choose_story_scale`); the choice is made again
    each run, and settles once that many articles are in.

    `on_progress(phase, done, total)` is called after each batch, phase "replay" or "assign".
    """
    report = UpdateReport()
    clusterer = StoryClusterer(options)

    key = features_key(options)
    sample: list[ArticleFeatures] = []  # the store's first articles, which settle the story scale
    seqs = store.seqs(assigned=True)
    for start in range(0, len(seqs), batch):
        stored = store.load(seqs[start : start + batch])
        blobs = store.features([s.seq for s in stored], key)
        if len(blobs) == len(stored):
            features = [features_from_bytes(blobs[s.seq]) for s in stored]
        else:  # a store written before features were kept, or under other feature settings
            features = featurize([s.article for s in stored], options)
        for item, feature in zip(stored, features):
            clusterer.apply(feature, item.assignment)
        sample.extend(features[: SCALE_SAMPLE - len(sample)])
        report.replayed += len(stored)
        if on_progress:
            on_progress("replay", report.replayed, len(seqs))

    seqs = store.seqs(assigned=False)
    pending = _with_features(_loaded(store, seqs, batch), featurizer, options)
    ahead = []  # feature batches computed to settle the scale, before any is clustered
    choosing = seqs and options.full_text_terms is None
    while choosing and len(sample) < SCALE_SAMPLE and (pair := next(pending, None)) is not None:
        ahead.append(pair)
        sample.extend(pair[1][: SCALE_SAMPLE - len(sample)])
    if seqs:
        clusterer.options, report.density = choose_story_scale(options, sample)
        report.full_text_terms = clusterer.options.full_text_terms
    for stored, features in chain(ahead, pending):
        decisions, titles = [], {}
        for item, feature in zip(stored, features):
            known = len(clusterer)
            assignment = clusterer.assign(feature)
            if len(clusterer) > known:
                titles[assignment.story_id] = headline(item.article)
                report.new_stories += 1
            report.duplicates += assignment.duplicate_of is not None
            decisions.append((item.seq, assignment))
        store.save_assignments(decisions, titles, (key, [features_to_bytes(f) for f in features]),
                               [f.outlet for f in features])
        report.assigned += len(stored)
        if on_progress:
            on_progress("assign", report.assigned, len(seqs))
    return report


def _with_features(batches: Iterator[list[StoredArticle]], featurizer: Featurizer, options: ClusterOptions):
    """(stored batch, its features) pairs; the featurizer sees the articles as it asks for them."""
    seen: list[list[StoredArticle]] = []

    def articles() -> Iterator[list[Article]]:
        for stored in batches:
            seen.append(stored)
            yield [s.article for s in stored]

    for features in featurizer(articles(), options):
        yield seen.pop(0), features


def headline(article: Article) -> str:
    """The article's headline, fit to title its story.

    The title given with the article (the cleaner's junk rules are not asked: of 10,184 real
    headlines they flag 47, and 44 of those are news, such as "Facebook suspends Trump accounts");
    else the headline line the cleaner found, if the text below it is about what it says (an
    opening "Click to email this to a friend" has a headline's shape too); else the first
    sentence of the article's lead; and where the cleaner keeps no text, the text's first line.
    """
    if article.title and article.title.strip():
        return _one_line(article.title)
    cleaned = clean_article(article)
    if cleaned.title and _is_about(cleaned.title, cleaned.text):
        return cleaned.title
    return _shortened(_lead_sentence(cleaned.text) or article.text.strip().split("\n", 1)[0])


def headline_among(title: str | None, articles: Iterable[Article]) -> str | None:
    """`title` (a stored story's) where it is the headline of one of the story's cleaned
    `articles` (which read a headline's markup as a browser shows it); None where it was taken
    from the text: by `headline`, a lead sentence cut at a word to fit, which tells stories apart
    in a list but heads no page, whose brief may open on that very sentence; or by `refresh_briefs`,
    the brief's first sentence as a headline (`text_heading`) or a source's title trimmed as a heading
    (`_as_heading`), which heading the brief gives again."""
    if not title:
        return None
    return title if _one_line(without_markup(title)) in {_one_line(a.title) for a in articles if a.title} else None


def source_title(brief: Brief) -> str | None:
    """The title of an article the brief draws on that is about what the brief says (the cleaner
    takes a byline or a site line for a headline now and then), looked for in the article of its
    first sentence, then of its next sentences, then the other sources; and of those the first
    that reports (`_reports`) without a slant (`_slanted`) from an article the brief cites, else
    such a title of a cited article about the brief and the texts it cites, else the first that
    reports, as a reader comparing outlets' coverage wants the story named plainly; else the first
    about it that asks nothing, unless that is an opinion piece's the brief does not cite (its
    argument, perhaps against what the brief says, would head it); None if no title is about the
    brief, or where none is and the brief has fewer than SHORT_BRIEF_WORDS words, about it and the
    texts it cites (s27 QA D9: a --words 20 brief of the Putin–Erdogan talks shares too few words
    with either title). (Over 615 dev briefs, the last rule took 2 headings to "Brief": as194's,
    an uncited editorial's "…is troubling" over a brief from the BBC alone, whose own title heads
    it since "leak" meets "leaked", and as241's "Why you should care about the semiconductor chip
    crisis".) A slanted title gives way only to a cited article's: an uncited one may tell an
    earlier turn of the story (as176: "Pelosi Goes After Ilhan Omar…" over a brief on her thanking
    Omar)."""
    candidates = dict.fromkeys([s.sources[0] for s in brief.sentences] + list(range(1, len(brief.sources) + 1)))
    cited = {n for s in brief.sentences for n in s.sources}
    titled = [n for n in candidates if _has_title(brief.sources[n - 1])]
    cited_texts = _with_cited_texts(brief)
    about = [n for n in titled if _is_about(brief.sources[n - 1].title, brief.summary)]
    if not about and len(brief.summary.split()) < SHORT_BRIEF_WORDS:
        about = [n for n in titled if _is_about(brief.sources[n - 1].title, cited_texts)]
    reporting = [n for n in about if _reports(brief.sources[n - 1], brief.summary)]
    # A cited article's title about the texts the brief draws on, if none about the brief alone is
    # plain: a brief's 100 words may give too few of a plain title's ("Airlines Trim Capacity…, Some
    # Executives Take Pay Cuts" over "…by cutting more flights…") where an asking or slanted title's hold half.
    drawn_on = [n for n in titled if n in cited and _is_about(brief.sources[n - 1].title, cited_texts)
                and _reports(brief.sources[n - 1], brief.summary)]
    plain = [n for n in reporting + drawn_on if n in cited and not _slanted(n, brief)]
    # A question heads nothing: it asks what the brief tells (s28 QA nt905's "What will it cost to
    # change your travel plans…?" over a brief on airlines cutting flights). A question's form with no
    # mark ("Why Gibson Guitar Was Raided…", `QUESTION_FORM`) or a teaser may head where no other title
    # does: it still names the story (over 622 briefs, leaving them out here too took 4 headings to
    # "Brief", all worse, and made 1 better, s29 QA nt1008's, a roundup of commentators' views).
    fallback = [n for n in about if (n in cited or not brief.sources[n - 1].is_opinion)
                and "?" not in brief.sources[n - 1].title]
    chosen = next(iter(plain + reporting + fallback), None)
    return _as_heading(brief.sources[chosen - 1].title) if chosen else None


def _as_heading(title: str) -> str:
    """A source's title as a heading: on one line, with no tag naming where it came from
    (`TRAILING_TAG`) and no closing full stop (`CLOSING_STOP`)."""
    return CLOSING_STOP.sub("", TRAILING_TAG.sub("", _one_line(title)))


def brief_title(brief: Brief) -> str | None:
    """The title a brief is headed by: the title of a source about it (`source_title`), else its
    first sentence as a headline (`text_heading`); None where it is headed "Brief"."""
    return source_title(brief) or text_heading(brief)


def _with_cited_texts(brief: Brief) -> str:
    """The brief's summary and after it the texts of the sources it cites (`_is_about` reads the
    first ABOUT_WORDS words): the story a longer brief would tell."""
    cited = dict.fromkeys(n for s in brief.sentences for n in s.sources)
    return " ".join([brief.summary, *(brief.sources[n - 1].text for n in cited)])


def text_heading(brief: Brief) -> str | None:
    """A headline for a brief of sources with no titles (Multi-News, text files, pasted text: QA
    s26 D8): its first sentence, the lead, in its own words; where that is longer than a
    title (`TITLE_CHARS`), without a last clause that tells who said it (`ATTRIBUTION_WORDS`), and
    where still longer, ended before the clause hung on it that leaves the most that fits
    (`HEADING_CUT`); never cut inside a clause. None where that is no headline: too long still, a
    fragment (`_reads_as_clause`), the whole brief, or a sentence that opens on a clause, a quotation
    or a pronoun (`NO_HEADING_OPENING`), or asks."""
    # Where the sources have titles and none heads the brief, they argue, ask, or tell of something
    # else (`source_title`), and its first sentence then often argues too (3 AllSides dev briefs
    # of 254, one "…Biden's radical presidency makes clear that his campaign was, in fact, a fraud").
    if not brief.sentences or any(_has_title(a) for a in brief.sources):
        return None
    text = CLOSING_STOP.sub("", _one_line(brief.sentences[0].text))
    if NO_HEADING_OPENING.match(text) or "?" in text:
        return None
    bare = _without_attribution(text)
    fitting = [text, bare, *(bare[:cut] for cut in _closing_clauses(bare))]
    heading = next((cut for cut in fitting if len(cut) <= TITLE_CHARS), None)
    # A brief of one sentence that fits would only be said twice.
    whole_brief = heading == CLOSING_STOP.sub("", _one_line(brief.summary))
    return heading if heading and _reads_as_clause(heading) and not whole_brief else None


def _closing_clauses(text: str) -> list[int]:
    """Where the clauses hung at the end of the text open (`HEADING_CUT`), last first: only those
    after which every comma opens another, so none is an aside the sentence goes on after ("the
    ferry, which carries 2,000 a day, will stay in port")."""
    cuts = {m.start() for m in HEADING_CUT.finditer(text)
            if not (m.group("participle") and LISTED_PARTICIPLE.search(text, 0, m.start()))}
    closing = []
    for comma in reversed([m.start() for m in re.finditer(r",\s", text)]):
        if comma not in cuts:
            break
        closing.append(comma)
    return closing


def _reads_as_clause(heading: str) -> bool:
    """Whether a heading cut from a sentence is a clause, not a fragment or a caption's names
    ("Studio Pictures Jane Roe as 'The Witch'"): enough words, some of them in lower case, and every
    quotation and parenthesis it opens closed."""
    words = heading.split()
    return (len(words) >= HEADING_MIN_WORDS and sum(word[0].islower() for word in words) >= HEADING_LOWER_WORDS
            and heading.count("(") == heading.count(")") and heading.count("“") == heading.count("”")
            and heading.count('"') % 2 == 0)


def _without_attribution(text: str) -> str:
    """The text without a last clause that tells who said it (`ATTRIBUTION_WORDS`)."""
    main, comma, last = text.rpartition(", ")
    return main if comma and len(last.split()) <= ATTRIBUTION_WORDS and CLAIM_ATTRIBUTION.search(last) else text


def _has_title(article: Article) -> bool:
    return bool(article.title and article.title.strip())


def _reports(article: Article, summary: str) -> bool:
    """Whether the article's title reports the news the brief tells, rather than arguing or asking
    about it or giving one speaker's words: not from an opinion page (its outlet's name or a label
    says so), no question nor a question's form (`QUESTION_FORM`), not in its writer's voice, not a
    live page's, no teaser (`TEASER`), not half or more quotation (a scare quote's word or two stays: "calls ivermectin 'horse dewormer'"), no number
    the brief does not give ("Death Toll Passes 165" over a brief whose count is "above 150"; its
    figure rounded is the same, `_headline_numbers`), not all capitals (a label).
    Over 445 dev briefs this changed 17 headings: 13 read better, 2 as well, 2 worse, where a
    flagged first title gave way to one on a side of the story. (Taking the plain title whose words
    the brief holds most, not the next in order, read worse in 2 of the 4 briefs it changed; a
    quotation of four words or more, not half the title, worse in 3 of 8.) A question's form (126 of
    the 8,646 titles of the shared data, read: explainers, how-tos, "what we know" pages, opinion),
    over 657 briefs (393 dev, 264 QA), changed 6 headings: 4 better (neus-val12's "How Roy Moore Could
    Actually Win…" to "Roy Moore to Run Again…", s29 QA nt1019's "What to Expect When Comey Meets…"),
    2 as well (nt1008's question to a teaser, as98's "Why it matters…" to "…: What the Fox News host is
    doing in Hungary")."""
    title = article.title
    quoted = sum(len(m.group(1).split()) for m in TITLE_QUOTATION.finditer(title))
    unquoted = TITLE_QUOTATION.sub(" ", title)
    return not (article.is_opinion or "?" in title or QUESTION_FORM.match(title) or WRITERS_VOICE.search(unquoted)
                or LIVE_PAGE.search(title) or title.isupper() or 2 * quoted >= len(title.split()) or TEASER.match(title)
                or not _numbers(title) <= _headline_numbers(summary))


def _slanted(n: int, brief: Brief) -> bool:
    """Whether a title that reports still slants the news: it quotes a word or phrase that no one in
    it says and the brief does not quote (the outlet's scare quote: "Judge Strikes Down State's
    'Unconstitutional' Ban", "Rally Shut Down 'Within Minutes'"; not "calls it a 'horse dewormer'",
    nor the story's own term, as "'faithless electors'", which the brief quotes too), it gives
    one speaker's message as its news (`MESSAGE_TO`, `VOICED_CLAIM`), it tells an attack in headline-ese
    (`ATTACK_VERB`), or it passes a judgement of its own (`_own_judgement`).
    Over 700 briefs (615 dev, 85 QA) this changed 8 headings: 4 read better (as186's "…, Torches
    Media" to a plain "A Judge Tossed Out California's Assault Weapons Ban…", as189's "Biden to GOP:
    … paid with corporate tax hike" to "Biden offers tax deal to Republicans in infrastructure
    talks"), 4 as well, none worse. (Any quotation with no speaker, the brief's terms included,
    changed 28: 10 better, 12 as well, 6 worse, most of those where the term was the story's
    "'QAnon'", "'pizzagate'", "'patriotic education'".) The attack, the judgement and a name's
    claim in its voice (QA s25 N4), over 704 briefs (130 QA, 254 AllSides dev, 120 NeuS val, 200 NeuS train)
    changed 14 headings (11 clusters): 8 better (as216's "Top scientists slam WHO…" to Reuters'
    "COVID-19 lab leak theory cannot be ruled out…", as230's "…signs restrictive voting bill",
    nt764's "Donald Trump: Roy Moore Will Help Make America Great Again"), 3 as well, none worse;
    over 491 more (187 NeuS val, 54 BASIL, 250 NeuS train) 9: 4 better, 4 as well, 1 worse (neus206's
    "Trump: Muslim judges might be biased against me, too" to Clinton's rebuke, the brief's second
    sentence). A voiced claim that quotes reads as a report: "Trump: Roy Moore will 'step aside' if…"
    over basil41's brief of just that. A verdict (`VERDICT`) and "blatantly", "well-deserved", "hero"
    (9 of the 8,646 titles of the shared data, read: all judgements), over 657 briefs (393 dev, 264
    QA), changed 4 headings, all better (s29 QA N4: nt996's "…was blatantly political and wrong" to
    "Chief Justice Roberts rebukes Trump's 'Obama judge' gibe", nt1002's "Captain Crozier Is a Hero",
    nt1010's "…is well-deserved punishment…" to "FTC settles with Facebook for $5 billion fine";
    neus-val70's "…Is Dangerous Nonsense")."""
    title = brief.sources[n - 1].title
    quoted_in_brief = _word_roots(" ".join(m.group(0) for m in quoted_spans(brief.summary)))
    scare_quoted = any(not _word_roots(m.group(1)) <= quoted_in_brief for m in TITLE_QUOTATION.finditer(title))
    unquoted = TITLE_QUOTATION.sub(" ", title)
    speaker = ":" in title or ATTRIBUTION.search(unquoted) or HEADLINE_ATTRIBUTION.search(unquoted)
    voiced = VOICED_CLAIM.match(title) and unquoted == title
    return bool(MESSAGE_TO.match(title) or voiced or scare_quoted and not speaker or ATTACK_VERB.search(unquoted)
                or _own_judgement(n, unquoted, brief, quoted_in_brief))


def _own_judgement(n: int, unquoted: str, brief: Brief, quoted_in_brief: set[str]) -> bool:
    """Whether source `n`'s title, `unquoted`, gives a judgement (`JUDGEMENT_WORDS`) as its verdict
    (`VERDICT`), or passes one that no other outlet passes and no one the brief quotes (a word of the
    same root counts): not another source's title, nor a sentence of the brief that another source gives (the outlet's own sentence may pass it too, as an opinion
    piece's "ugly overture" under its "…shows Trump's ugly plan"), nor a quotation of the brief's
    (as224's "testifies about racist treatment" tells Bush's words, which the brief quotes)."""
    others = [s.text for s in brief.sentences if set(s.sources) - {n}]
    others += [a.title for i, a in enumerate(brief.sources, 1) if i != n and a.title]
    passed = _word_roots(" ".join(others))
    judged = [word for word in re.findall(r"[\w’'-]+", unquoted.lower()) if word in JUDGEMENT_WORDS]
    judged += GIVING_IN.findall(unquoted)
    verdicts = {m.group("word").lower() for m in VERDICT.finditer(unquoted)
                if not ASKED_IF.search(unquoted, 0, m.start())}
    return bool(verdicts & JUDGEMENT_WORDS) or any(not _word_roots(word) <= passed | quoted_in_brief for word in judged)


def _numbers(text: str) -> set[str]:
    return {word for word in content_words(text) if word[0].isdigit()}


def _headline_numbers(summary: str) -> set[str]:
    """The brief's numbers as a headline may give them: as written, or one with decimals cut or
    rounded to a whole number (the brief's "$26.5 million" is a headline's "$26 Million" or "$27M"),
    or thousands as a whole number of them (its "255,000 jobs" a headline's "255K jobs")."""
    given = _numbers(summary)
    for number in list(given):
        # A count of thousands is a headline's "255K" ("255,000"; "255,600" rounded "256K").
        whole, point, decimals = number.partition("," if re.fullmatch(r"\d{1,3},\d{3}", number) else ".")
        if point and whole.isdigit() and decimals.isdigit():
            given |= {whole, str(int(whole) + 1) if decimals[0] >= "5" else whole}
    return given


def _is_about(title: str, text: str) -> bool:
    # A root meets its inflections on the shorter one's letters (`judge.one_word`): a word of four
    # letters is its own root, so a headline's "vote" meets the text's "voted" only so. Over 745
    # briefs (615 dev, 130 QA) this changed 10 headings: 7 read better (3 from "Brief"), 3 as well.
    # A clipped name (`CLIPPED_WORD`) meets the name: as213's "As Prices Rise, Fed Dismisses
    # Inflation Worries" was no title about a brief of the "Federal Reserve", which a writer's
    # "Here's why you shouldn't panic" headed. Over the 745 briefs this changed 2 headings: 1 better
    # (as213), 1 as well (as177, the first sentence's own article's title).
    # A number meets the text's as a headline gives it (`_headline_numbers`: "255K" the text's "255,000").
    text = " ".join(text.split()[:ABOUT_WORDS])
    words, roots = _word_roots(title), _word_roots(text) | _headline_numbers(text)
    clipped = {word.lower() for word in CLIPPED_WORD.findall(title) if re.search(rf"\b{word}[a-z]", text)}
    return 2 * sum(word in clipped or word in roots
                   or any(one_word(word, root) or _doubled(word, root) for root in roots)
                   for word in words) >= len(words)


def _doubled(word: str, root: str) -> bool:
    """Whether a word of three letters, or of three and its "s", meets the root of a form that doubles
    its last letter: a headline's "Cuts" the text's "cutting", "Bans" "banned" (too short for `one_word`)."""
    stem = word.removesuffix("s")
    return len(stem) == 3 and root.startswith(stem + stem[-1])


def _word_roots(text: str) -> set[str]:
    # A word's first letters stand for it, so a headline's "decides" meets the text's "decided"
    # and its "withdrawal" the text's "withdrawing".
    return {word[:ROOT_LETTERS] for word in content_words(text)}


def _lead_sentence(text: str) -> str | None:
    """The first sentence of the first paragraph that reads as a lead: not a short label, not an
    aside in parentheses such as "(This story has been updated ...)"."""
    # A dash left where the cleaner took a dateline off ("— A quick-thinking dispatcher ...").
    paragraphs = [p.strip(f" {DASHES}-") for p in text.split("\n\n") if p.strip(f" {DASHES}-")]
    for paragraph in paragraphs:
        if len(paragraph.split()) >= LEAD_MIN_WORDS and not (paragraph.startswith("(") and paragraph.endswith(")")):
            return split_paragraph(paragraph)[0]
    return paragraphs[0] if paragraphs else None


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _shortened(text: str) -> str:
    """The text on one line, cut at the last word boundary that fits TITLE_CHARS with the "…"."""
    text = _one_line(text)
    if len(text) <= TITLE_CHARS:
        return text
    cut = text[: TITLE_CHARS - 1]
    if not text[TITLE_CHARS - 1].isspace():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(f" ,.;:{DASHES}-") + "…"


def refresh_briefs(
    store: Store,
    story_ids: Iterable[str] | None = None,
    min_size: int = BRIEFED_SIZE,
    on_progress: Callable[[str, int, int], None] | None = None,
) -> list[tuple[str, str]]:
    """Rewrite the brief of every story that changed since its last brief (or of these stories),
    and title the story as its brief is headed (`brief_title`), so that the story list, the API and
    the story's page say the same; where the brief is headed "Brief", by its first article's
    `headline`, as before its first brief, not by a heading an earlier brief had. Returns
    (story_id, problem) for each story that could not be briefed."""
    from .errors import NewsbriefError
    from .models import Cluster
    from .pipeline import brief
    from .render import brief_json

    stale = store.stale_stories(min_size) if story_ids is None else list(story_ids)
    failures = []
    for done, story_id in enumerate(stale, 1):
        size = store.story_size(story_id)
        articles = store.story_articles(story_id)
        try:
            result = brief(Cluster(articles=tuple(articles), cluster_id=story_id, origin=f"story {story_id}"))
            store.save_brief(story_id, size, brief_json(result), brief_title(result) or headline(articles[0]))
        except (NewsbriefError, ValueError) as exc:
            failures.append((story_id, str(exc)))
        if on_progress:
            on_progress("brief", done, len(stale))
    return failures
