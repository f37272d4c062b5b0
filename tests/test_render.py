"""Outputs: the JSON schema (version 1), Markdown and the terminal, with [n] citations and sources."""
from __future__ import annotations

import io
import json

from rich.console import Console

from conftest import DW_FILE, EXAMPLE_TITLES, MEE_FILE, check_schema
from newsbrief.models import Article, Brief, BriefSentence
from newsbrief.render import articles_from_outlets, brief_json, brief_markdown, error_json, print_brief

def test_example_json_follows_the_schema(example_brief_json):
    check_schema(example_brief_json)


def test_example_json_summary_is_the_sentences(example_brief_json):
    record = example_brief_json
    assert record["summary"] == " ".join(s["text"] for s in record["sentences"])
    assert record["cluster_id"] is None


def test_example_json_sources(example_brief_json):
    first, second = example_brief_json["sources"]
    assert first == {
        "id": 1,
        "doc_id": DW_FILE.name,
        "outlet": "DW",
        "republished_by": None,
        "title": EXAMPLE_TITLES[0],
        "published": "2017-09-29",
        "url": None,
    }
    assert second == {
        "id": 2,
        "doc_id": MEE_FILE.name,
        "outlet": "Middle East Eye",
        "republished_by": "Anti-Media",
        "title": EXAMPLE_TITLES[1],
        "published": None,
        "url": None,
    }


def test_json_carries_full_metadata_and_cluster_id():
    article = Article("a.html", "text", title="T", outlet="Example Times", published="2017-09-28T18:30:00+00:00",
                      url="https://example.com/a", republished_by="Anti-Media")
    result = Brief("c-7", (BriefSentence("One fact.", (1,)),), (article,))
    record = json.loads(json.dumps(brief_json(result)))
    check_schema(record)
    assert record["cluster_id"] == "c-7"
    assert record["sources"][0]["url"] == "https://example.com/a"
    assert record["sources"][0]["published"] == "2017-09-28T18:30:00+00:00"
    assert record["sentences"] == [{"text": "One fact.", "sources": [1]}]


def test_empty_brief_json_is_still_valid():
    record = brief_json(Brief(None, (), (), warnings=("no article text left after cleaning",)))
    check_schema(record)
    assert record["summary"] == "" and record["sentences"] == [] and record["sources"] == []
    assert record["title"] is None


def test_example_json_is_titled_as_the_terminal_heads_it(example_brief_json):
    # The README's terminal example is headed by DW's title, the first source's.
    assert example_brief_json["title"] == EXAMPLE_TITLES[0]


def test_error_record():
    assert error_json("c-3", "bad.jsonl:3: malformed JSON") == {
        "schema_version": 1, "cluster_id": "c-3", "error": "bad.jsonl:3: malformed JSON"}


def _cited(sentence: BriefSentence) -> str:
    return f"{sentence.text} " + "".join(f"[{n}]" for n in sentence.sources)


def test_markdown_cites_every_sentence_and_lists_sources(example_brief):
    markdown = brief_markdown(example_brief)
    assert markdown.startswith(f"# {EXAMPLE_TITLES[0]}\n")
    for sentence in example_brief.sentences:
        assert _cited(sentence) in markdown
    assert "[1][2]" in markdown or "[2][1]" in markdown
    sources = markdown.split("## Sources", 1)[1].split("\n## ", 1)[0]
    lines = [line for line in sources.splitlines() if line.strip()]
    assert lines[0].startswith("1. **DW**")
    assert EXAMPLE_TITLES[0] in lines[0] and "2017-09-29" in lines[0]
    assert lines[1].startswith("2. **Middle East Eye, via Anti-Media**")
    assert EXAMPLE_TITLES[1] in lines[1]
    assert len(lines) == 2  # no warnings for the example


def test_markdown_shows_warnings_and_falls_back_to_file_name():
    article = Article("notes.txt", "text")
    result = Brief(None, (BriefSentence("One fact stated here.", (1,)),), (article,),
                   warnings=("only one article: no second source to corroborate or compare it with",))
    markdown = brief_markdown(result)
    assert markdown.startswith("# Brief\n")  # no title: the body's own first sentence would only repeat
    assert "One fact stated here. [1]" in markdown
    assert "1. **notes.txt**" in markdown
    assert "only one article" in markdown


def test_terminal_output_has_citations_and_numbered_sources(example_brief):
    buffer = io.StringIO()
    print_brief(example_brief, Console(file=buffer, width=1000, color_system=None, force_terminal=False))
    text = buffer.getvalue()
    flat = " ".join(text.split())
    for sentence in example_brief.sentences:
        assert " ".join(_cited(sentence).split()) in flat
    assert "[1] DW" in flat
    assert "[2] Middle East Eye, via Anti-Media" in flat
    assert EXAMPLE_TITLES[0] in flat
    assert f"{len(example_brief.sentences)} sentences · {example_brief.words} words" in flat
    assert "2 articles from 2 outlets" in flat


def test_a_long_source_title_wraps_under_itself_not_to_the_margin():
    title = "Putin Says Conditions Needed to End the War in Syria Have Been Reached After Talks in Ankara"
    article = Article("mee.txt", "text", title=title, outlet="Middle East Eye")
    result = Brief(None, (BriefSentence("Putin and Erdogan met in Ankara on Thursday.", (1,)),), (article,))
    buffer = io.StringIO()
    print_brief(result, Console(file=buffer, width=60, color_system=None))
    lines = buffer.getvalue().splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("  [1] Middle East Eye"))
    wrapped = lines[start + 1 : start + 3]
    assert wrapped and all(line.startswith("      ") and line.strip() for line in wrapped)  # under "Middle"
    assert " ".join(" ".join(lines[start : start + 3]).split()).endswith(f"“{title}”")


def test_markdown_shows_markup_in_text_as_text():
    # An article that quotes a tag (its page escaped it, so the cleaner gives it back as text)
    # must not hand a Markdown renderer live HTML, nor may a hostile outlet name.
    article = Article("x.txt", "text", outlet="Ledger <img src=x onerror=alert(1)>")
    sentence = "Hackers placed <svg/onload=alert(document.cookie)> on the weir's control page, police said."
    markdown = brief_markdown(Brief(None, (BriefSentence(sentence, (1,)),), (article,)))
    assert "<" not in markdown
    assert "Hackers placed &lt;svg/onload=alert(document.cookie)> on the weir's control page" in markdown
    assert "Ledger &lt;img src=x onerror=alert(1)>" in markdown


def test_markdown_shows_emphasis_code_and_link_marks_in_text_as_written():
    # "*shares*" and "_widget_" in an article are its words, not italics; the brief's own markup
    # (bold source names, [1] citations, table pipes) stays markup.
    from newsbrief.compare import Comparison, Coverage, Fact, SourcedText

    said = "Shares of Acme, the _widget_ maker, rose 12% in `after-hours` trading [see chart]."
    comparison = Comparison((Fact((SourcedText(1, said), SourcedText(2, said))),), {1: (), 2: ()}, (), (), (),
                            (Coverage(1, 20, 1, ("Ann | Lee",), (), ()),), ((1.0, 0.9), (0.9, 1.0)), "rules")
    articles = (Article("a.txt", "text", title="Widgets *shares* jump", outlet="Ledger"),
                Article("b.txt", "text", outlet="Courier_Daily"))
    markdown = brief_markdown(Brief(None, (BriefSentence(said, (1, 2)),), articles, comparison))
    escaped = r"Shares of Acme, the \_widget\_ maker, rose 12% in \`after-hours\` trading \[see chart]."
    assert f"\n{escaped} [1][2]\n" in markdown
    assert markdown.startswith("# Widgets \\*shares\\* jump\n")
    assert "2. **Courier\\_Daily**" in markdown
    assert f"- Ledger [1]: “{escaped}”\n  - Courier\\_Daily [2]: “{escaped}”" in markdown
    assert "| Ledger [1] | 20 | Ann \\| Lee |  |  |" in markdown


def test_terminal_output_escapes_markup_in_text():
    article = Article("x.txt", "text", outlet="[bold]Outlet[/bold]")
    result = Brief(None, (BriefSentence("A fact with [brackets] in it.", (1,)),), (article,))
    buffer = io.StringIO()
    print_brief(result, Console(file=buffer, width=200, color_system=None))
    text = buffer.getvalue()
    assert "A fact with [brackets] in it. [1]" in text
    assert "[bold]Outlet[/bold]" in text


def test_a_source_with_no_outlet_is_named_so_that_it_cannot_pass_for_a_source_number():
    from newsbrief.render import source_label

    # Cluster files number their documents from 0: "Only in 0 [1]", or "[1] article 0", read as
    # two numberings of one list; quoted, the 0 is the id the cluster file gave.
    assert source_label(Article(doc_id="0", text="x")) == 'article "0"'
    assert source_label(Article(doc_id="c/12", text="x")) == 'article "12"'  # as a store keeps it
    assert source_label(Article(doc_id="dw-report.txt", text="x")) == "dw-report.txt"
    assert source_label(Article(doc_id="0", text="x", outlet="Reuters")) == "Reuters"


def test_the_terminal_header_counts_only_outlets_it_knows():
    sources = (Article(doc_id="0", text="x"), Article(doc_id="1", text="y"))
    result = Brief("c", (BriefSentence("A sentence.", (1, 2)),), sources, None, ())
    console = Console(file=io.StringIO(), width=100)
    print_brief(result, console)
    header = console.file.getvalue().splitlines()[1]
    assert "1 sentence · " in header and header.rstrip().endswith("2 articles")
    named = (Article(doc_id="0", text="x", outlet="DW"), Article(doc_id="1", text="y", outlet="DW"))
    console = Console(file=io.StringIO(), width=100)
    print_brief(Brief("c", (BriefSentence("A sentence.", (1, 2)),), named, None, ()), console)
    assert console.file.getvalue().splitlines()[1].rstrip().endswith("2 articles from 1 outlet")


def test_the_header_does_not_let_one_known_outlet_pass_for_every_source():
    # Two wire copies without outlet beside one Reuters report: not "3 articles from 1 outlet".
    sources = (Article(doc_id="0", text="x"), Article(doc_id="1", text="y", outlet="Reuters"), Article(doc_id="2", text="z"))
    assert articles_from_outlets(3, (a.outlet for a in sources)) == "3 articles from 1 outlet (2 with no outlet named)"
    # A story lists only the outlets it knows, so nothing is said of the rest.
    assert articles_from_outlets(5, ["Reuters", "AP"]) == "5 articles from 2 outlets"


# ---- headlines ----------------------------------------------------------------------------------

FERRY_SENTENCES = (
    BriefSentence("The harbour ferry ran aground near the northern pier on Tuesday morning.", (3, 1)),
    BriefSentence("All 40 passengers were taken ashore by lifeboat crews.", (1,)),
)


def test_a_brief_is_headed_by_the_title_of_the_article_its_first_sentence_comes_from():
    sources = (Article("0", "x"), Article("1", "x", title="Lifeboats bring passengers ashore"),
               Article("2", "x", title="Harbour ferry runs aground near northern pier"))
    result = Brief("longbench-multinews-" + "7c" * 32, FERRY_SENTENCES, sources)
    markdown = brief_markdown(result)
    # The id says nothing to a reader: it goes to the line under the headline.
    assert markdown.startswith("# Harbour ferry runs aground near northern pier\n\n"
                               f"longbench-multinews-{'7c' * 32} · 2 sentences · 21 words · 3 articles\n")
    console = Console(file=io.StringIO(), width=200, color_system=None)
    print_brief(result, console)
    heading, meta = console.file.getvalue().splitlines()[:2]
    assert "Harbour ferry runs aground near northern pier" in heading and "longbench" not in heading
    assert meta.startswith(f"longbench-multinews-{'7c' * 32} · 2 sentences")


def test_a_title_that_is_not_about_the_brief_does_not_head_it():
    # The cleaner takes a byline line for a headline now and then; the next source's title heads the brief.
    sources = (Article("0", "x", title="Updated By Jane Roe and Ann Poe"), Article("1", "x"),
               Article("2", "x", title="Ferry aground: passengers rescued by lifeboats"))
    sentences = (BriefSentence(FERRY_SENTENCES[1].text, (2,)), BriefSentence(FERRY_SENTENCES[0].text, (1,)))
    assert brief_markdown(Brief(None, sentences, sources)).startswith("# Ferry aground: passengers rescued by lifeboats\n")


def test_a_brief_without_a_title_about_it_is_headed_brief_not_by_half_its_first_sentence():
    lead = ("The regional transport authority said on Tuesday that the harbour ferry, which carries about 2,000 "
            "commuters a day between the two piers, would stay out of service until divers had checked its hull.")
    untitled = Brief("S000004", (BriefSentence(lead, (1,)),), (Article("c/0", "x"), Article("c/1", "x")))
    markdown = brief_markdown(untitled)
    assert markdown.startswith("# Brief\n\nS000004 · ") and f"\n\n{lead} [1]\n" in markdown
    terminal = io.StringIO()
    print_brief(untitled, Console(file=terminal, width=100, color_system=None))
    assert terminal.getvalue().splitlines()[0].strip("─ ") == "Brief"
    # A title the cleaner took from a byline is about nothing the brief says: no heading either.
    bylined = Brief("S000004", untitled.sentences, (Article("c/0", "x", title="By Jo Marsh, Staff Writer"),))
    assert brief_markdown(bylined).startswith("# Brief\n")
    assert brief_markdown(Brief("S000005", (), ())).startswith("# Brief\n\nS000005 · 0 sentences")


def test_a_stored_brief_is_headed_and_its_sources_named_as_when_it_was_written():
    from newsbrief.render import brief_from_json

    sources = (Article("longbench-multinews-9f/0", "x"), Article("longbench-multinews-9f/1", "x"),
               Article("longbench-multinews-9f/2", "x", title="Harbour ferry runs aground near northern pier"))
    written = Brief("S000004", FERRY_SENTENCES, sources)
    stored = brief_from_json(json.loads(json.dumps(brief_json(written))))
    markdown = brief_markdown(stored)
    assert markdown == brief_markdown(written)
    assert markdown.startswith("# Harbour ferry runs aground near northern pier\n\nS000004 · ")
    # Named as the CLI names the cluster file's documents, not by the store's ids.
    assert '1. **article "0"**' in markdown and '2. **article "1"**' in markdown and "longbench" not in markdown.split("\n", 3)[3]


def test_a_stored_article_is_named_by_its_own_id_not_by_what_the_store_added():
    from newsbrief.render import source_label

    assert source_label(Article("dw.txt#67f3d01d4435", "x")) == "dw.txt"  # a file: its name, without the text hash
    assert source_label(Article("basil-45bd/45bd_2", "x")) == "45bd_2"  # a cluster file's document: its own id
    url = "https://example.com/news/2017/09/28"
    assert source_label(Article(url, "x")) == url  # a feed entry's or a page's address is its own


def test_a_title_the_brief_has_already_heads_it():
    # A stored story's brief, headed by the title the story list shows.
    sources = (Article("0", "x"), Article("1", "x"), Article("2", "x", title="Harbour ferry runs aground near northern pier"))
    console = Console(file=io.StringIO(), width=200, color_system=None)
    print_brief(Brief("S000006", FERRY_SENTENCES, sources), console, "Ferry aground at the northern pier")
    heading, meta = console.file.getvalue().splitlines()[:2]
    assert "Ferry aground at the northern pier" in heading and meta.startswith("S000006 · 2 sentences")


def test_a_sentence_leaning_on_the_one_before_stays_in_its_paragraph():
    from newsbrief.render import paragraphs

    said = BriefSentence("The ferry operator said the crossing would reopen on Friday morning.", (1,))
    quote = BriefSentence("“We expect every boat back in service by the weekend,” he said.", (1,))
    plain = [BriefSentence(f"The harbour master counted {n} boats at anchor outside the port.", (2,)) for n in (12, 14, 16)]
    # Three to a paragraph...
    assert [len(p) for p in paragraphs((*plain, said, plain[0]))] == [3, 2]
    # ...but the quote naming its speaker by "he" stays with the sentence naming him.
    assert [len(p) for p in paragraphs((plain[0], plain[1], said, quote, plain[2]))] == [4, 1]


def test_story_times_as_data_have_one_shape_whatever_their_source_gave():
    from newsbrief.models import Story
    from newsbrief.render import story_json

    story = Story("S000001", "A dam gives way", 3, ("Ledger",), first_seen="2017-05-03", last_seen="2021-10-13T14:00:00+02:00")
    record = story_json(story)
    assert (record["first_seen"], record["last_seen"]) == ("2017-05-03T00:00:00+00:00", "2021-10-13T12:00:00+00:00")
    assert story_json(Story("S000002", None, 1, ()))["first_seen"] is None


def test_sources_give_their_time_as_precisely_as_known_in_one_style():
    sources = (Article("a", "", outlet="Ledger", published="2017-05-03"),
               Article("b", "", outlet="Courier", published="2021-10-13T14:00:00+02:00"),
               Article("c", "", outlet="Herald", published="2021-10-13T12:00:00Z"))
    brief = Brief(None, (BriefSentence("The dam gave way.", (1, 2, 3)),), sources)
    buffer = io.StringIO()
    print_brief(brief, Console(file=buffer, width=200, color_system=None, force_terminal=False))
    lines = [line.strip() for line in buffer.getvalue().splitlines() if line.strip().startswith("[")]
    assert lines == ["[1] Ledger — 2017-05-03", "[2] Courier — 2021-10-13 12:00 UTC", "[3] Herald — 2021-10-13 12:00 UTC"]
    assert "2. **Courier** — 2021-10-13 12:00 UTC" in brief_markdown(brief)


# ---- Only-in statements with who said them ------------------------------------------------------

SMEAR = "“It is a smear, and it came straight from my rival's campaign.”"
CLOSED = "The bridge stayed closed to traffic for a second day on Tuesday."


def spoken_brief(speakers: dict[int, tuple[str | None, ...]],
                 specifics: dict[int, tuple[tuple[str, ...], ...]] | None = None,
                 contexts: dict[int, tuple[str | None, ...]] | None = None) -> Brief:
    """A two-source brief whose first source alone gives a bare quotation and a plain fact."""
    from newsbrief.compare import Comparison

    comparison = Comparison((), {1: (SMEAR, CLOSED), 2: ()}, (), (), (), (), ((1.0, 0.2), (0.2, 1.0)), "rules",
                            only_in_speakers=speakers, only_in_specifics=specifics or {}, only_in_contexts=contexts or {})
    articles = (Article("a.txt", "text", outlet="Ledger"), Article("b.txt", "text", outlet="Courier"))
    return Brief(None, (BriefSentence("The senator denied the story on Monday.", (1,)),), articles, comparison)


def test_an_only_in_quotation_shows_who_said_it_where_known_in_json_markdown_and_terminal():
    brief = spoken_brief({1: ("Ann Hale", None), 2: ()})
    record = brief_json(brief)
    check_schema(record)
    entry = record["comparison"]["only_in"][0]
    assert entry["statements"] == [SMEAR, CLOSED] and entry["speakers"] == ["Ann Hale", None]
    assert record["comparison"]["only_in"][1]["speakers"] == []
    markdown = brief_markdown(brief)
    assert f"- **Ann Hale**: {SMEAR}\n" in markdown and f"- {CLOSED}\n" in markdown
    buffer = io.StringIO()
    print_brief(brief, Console(file=buffer, width=1000, color_system=None))
    lines = [" ".join(line.split()) for line in buffer.getvalue().splitlines()]
    assert f"• Ann Hale: {SMEAR}" in lines and f"• {CLOSED}" in lines


def test_an_only_in_quotation_with_no_known_speaker_is_shown_as_before():
    brief = spoken_brief({})  # as a comparison made before speakers were kept
    assert brief_json(brief)["comparison"]["only_in"][0]["speakers"] == [None, None]
    markdown = brief_markdown(brief)
    assert f"- {SMEAR}\n" in markdown and "**" not in markdown.split("## Only in")[1].split("##")[0]


def test_a_stored_brief_keeps_its_only_in_speakers_and_one_stored_without_them_reads_as_none():
    from newsbrief.render import brief_from_json

    record = brief_json(spoken_brief({1: ("Ann Hale", None), 2: ()}))
    assert [(e.text, e.speaker) for e in brief_from_json(record).comparison.only_in_entries(1)] == [(SMEAR, "Ann Hale"), (CLOSED, None)]
    for entry in record["comparison"]["only_in"]:
        del entry["speakers"]
    assert [(e.text, e.speaker) for e in brief_from_json(record).comparison.only_in_entries(1)] == [(SMEAR, None), (CLOSED, None)]


def web_only_in(brief: Brief) -> list:
    """The Only-in items (`li` elements) of the web page showing `brief`."""
    import lxml.html
    from newsbrief.serve import page_templates
    from newsbrief.web_views import Timeline, brief_view

    show = page_templates().env.from_string('{% import "_brief.html" as b %}{{ b.show(view, timeline) }}')
    view = brief_view(brief_json(brief), {})
    tree = lxml.html.fromstring(show.render(view=view, timeline=Timeline(None, None, (), ())))
    return tree.xpath("//section[contains(@class, 'only-in')]//li")


def web_only_in_items(brief: Brief) -> list[str]:
    """The Only-in items of the web page showing `brief`, as a reader reads them."""
    return [" ".join(li.text_content().split()) for li in web_only_in(brief)]


def test_the_web_page_shows_who_said_an_only_in_quotation():
    assert web_only_in_items(spoken_brief({1: ("Ann Hale", None), 2: ()})) == [f"Ann Hale: {SMEAR}", CLOSED]
    assert web_only_in_items(spoken_brief({})) == [SMEAR, CLOSED]


# ---- Only-in statements others make too, with what they alone give --------------------------------

# As a comparison would carry them: the quotation, one the other outlet carries too, gives a day and
# names an organisation that outlet does not; the plain fact is this outlet's alone (nothing to show).
OWN = (("April 12", "Harbour Board"), ())


def test_an_only_in_statement_shows_what_it_alone_gives_in_json_markdown_and_terminal():
    brief = spoken_brief({1: ("Ann Hale", None)}, {1: OWN, 2: ()})
    record = brief_json(brief)
    check_schema(record)
    first, second = record["comparison"]["only_in"]
    assert first["statements"] == [SMEAR, CLOSED] and first["speakers"] == ["Ann Hale", None]
    assert first["own_specifics"] == [["April 12", "Harbour Board"], []] and second["own_specifics"] == []
    markdown = brief_markdown(brief)
    assert f"- **Ann Hale**: {SMEAR} — only here: April 12, Harbour Board\n" in markdown
    assert f"- {CLOSED}\n" in markdown
    buffer = io.StringIO()
    print_brief(brief, Console(file=buffer, width=1000, color_system=None))
    lines = [" ".join(line.split()) for line in buffer.getvalue().splitlines()]
    assert f"• Ann Hale: {SMEAR} — only here: April 12, Harbour Board" in lines and f"• {CLOSED}" in lines


def test_a_stored_brief_keeps_its_own_specifics_and_one_stored_without_them_reads_as_none():
    from newsbrief.render import brief_from_json

    record = brief_json(spoken_brief({}, {1: OWN, 2: ()}))
    assert [e.own_specifics for e in brief_from_json(record).comparison.only_in_entries(1)] == list(OWN)
    for entry in record["comparison"]["only_in"]:
        del entry["own_specifics"]
    stored = brief_from_json(record).comparison
    assert [e.own_specifics for e in stored.only_in_entries(1)] == [(), ()]
    assert "only here" not in brief_markdown(brief_from_json(record))


def test_the_web_page_shows_what_an_only_in_statement_alone_gives():
    items = web_only_in_items(spoken_brief({1: ("Ann Hale", None)}, {1: OWN, 2: ()}))
    assert items == [f"Ann Hale: {SMEAR} — only here: April 12, Harbour Board", CLOSED]


# ---- Only-in statements with the sentence they lean on ---------------------------------------------

# As a comparison would carry it: the quotation goes on from the line before it in its article,
# which says who is speaking and of what; the plain fact stands alone. "*" and "_" are Markdown's.
ASKED = "Asked about the *leaked* memo, the senator's_office gave a statement."


def test_an_only_in_statement_shows_the_sentence_it_leans_on_before_it_in_json_markdown_and_terminal():
    brief = spoken_brief({}, contexts={1: (ASKED, None), 2: ()})
    record = brief_json(brief)
    check_schema(record)
    first, second = record["comparison"]["only_in"]
    assert first["statements"] == [SMEAR, CLOSED] and first["contexts"] == [ASKED, None] and second["contexts"] == []
    markdown = brief_markdown(brief)
    escaped = r"Asked about the \*leaked\* memo, the senator's\_office gave a statement."
    assert f"- *(after: {escaped})* {SMEAR}\n" in markdown and f"- {CLOSED}\n" in markdown
    buffer = io.StringIO()
    print_brief(brief, Console(file=buffer, width=1000, color_system=None))
    lines = [" ".join(line.split()) for line in buffer.getvalue().splitlines()]
    assert lines[lines.index(f"• (after: {ASKED})") + 1] == SMEAR and f"• {CLOSED}" in lines


def test_the_terminal_shows_the_sentence_an_only_in_statement_leans_on_dimmed_on_its_own_line():
    buffer = io.StringIO()
    print_brief(spoken_brief({1: ("Ann Hale", None)}, contexts={1: (ASKED, None)}),
                Console(file=buffer, width=1000, color_system="standard", force_terminal=True))
    dim, bold = "\x1b[2m", "\x1b[1m"
    lines = buffer.getvalue().splitlines()
    at = next(k for k, line in enumerate(lines) if "(after:" in line)
    assert f"{dim}(after: {ASKED})" in lines[at], lines[at]
    assert "Ann Hale" in lines[at + 1] and SMEAR in lines[at + 1] and bold in lines[at + 1] and dim not in lines[at + 1]


def test_a_stored_brief_keeps_its_only_in_contexts_and_one_stored_without_them_reads_as_none():
    from newsbrief.render import brief_from_json

    record = brief_json(spoken_brief({}, contexts={1: (ASKED, None), 2: ()}))
    assert [e.context for e in brief_from_json(record).comparison.only_in_entries(1)] == [ASKED, None]
    for entry in record["comparison"]["only_in"]:
        del entry["contexts"]
    stored = brief_from_json(record)
    assert [e.context for e in stored.comparison.only_in_entries(1)] == [None, None]
    assert "(after:" not in brief_markdown(stored)


def test_the_web_page_shows_the_sentence_an_only_in_statement_leans_on_muted_before_it():
    brief = spoken_brief({1: ("Ann Hale", None)}, contexts={1: (ASKED, None)})
    assert web_only_in_items(brief) == [f"(after: {ASKED}) Ann Hale: {SMEAR}", CLOSED]
    (muted,) = web_only_in(brief)[0].xpath("span[@class='meta']")
    assert muted.text_content() == f"(after: {ASKED})"


# ---- statements that open on their own quotation mark ---------------------------------------------

TALK = "“I spoke with the minister for an hour, and we can do nothing but press on,” the mayor said."
RAIN = "Heavy rain closed the coast road for a second day on Tuesday."


def quoting_brief() -> Brief:
    """A two-source brief whose agreed fact and disagreement each hold one statement opening on a quotation mark."""
    from newsbrief.compare import Comparison, Disagreement, Fact, SourcedText

    comparison = Comparison((Fact((SourcedText(1, TALK), SourcedText(2, RAIN))),), {1: (), 2: ()},
                            (Disagreement("hedging", "one hedges", SourcedText(1, TALK), SourcedText(2, RAIN)),),
                            (), (), (), ((1.0, 0.2), (0.2, 1.0)), "rules")
    articles = (Article("a.txt", "text", outlet="Ledger"), Article("b.txt", "text", outlet="Courier"))
    return Brief(None, (BriefSentence(RAIN, (2,)),), articles, comparison)


def test_a_statement_opening_on_its_own_quotation_mark_gets_no_second_one():
    # The view wraps an outlet's words in quotation marks; one that opens on its own mark would
    # show two ("““I spoke…"), so it is shown as it is, and a plain statement is still wrapped.
    markdown = brief_markdown(quoting_brief())
    assert "““" not in markdown
    assert f"Ledger [1]: {TALK}" in markdown and f"Courier [2]: “{RAIN}”" in markdown
    buffer = io.StringIO()
    print_brief(quoting_brief(), Console(file=buffer, width=1000, color_system=None))
    lines = [" ".join(line.split()) for line in buffer.getvalue().splitlines()]
    assert "““" not in buffer.getvalue()
    assert any(line.endswith(f"Ledger [1]: {TALK}") for line in lines), lines
    assert any(line.endswith(f"Courier [2]: “{RAIN}”") for line in lines), lines


def test_the_web_page_gives_a_statement_opening_on_its_own_quotation_mark_no_second_one():
    import lxml.html
    from newsbrief.serve import page_templates
    from newsbrief.web_views import Timeline, brief_view

    show = page_templates().env.from_string('{% import "_brief.html" as b %}{{ b.show(view, timeline) }}')
    view = brief_view(brief_json(quoting_brief()), {})
    tree = lxml.html.fromstring(show.render(view=view, timeline=Timeline(None, None, (), ())))
    items = [" ".join(li.text_content().split()) for li in tree.xpath("//section[contains(@class, 'agreed')]//li")]
    assert items == [f"Ledger [1]: {TALK}", f"Courier [2]: “{RAIN}”"], items


def test_a_quotes_line_cites_each_source_for_its_own_wording_in_markdown_and_terminal():
    # [2] printed only a piece of the post and [3] a piece in other words: neither printed the whole
    # post, so each is shown with its own words; [4] printed the whole post too, and [5] all of it
    # but a word ("on"), which states it as well.
    from newsbrief.compare import Comparison, QuoteGroup, SourcedText

    post = "The bridge will reopen on Friday. Crews have worked through the night"
    group = QuoteGroup("Ann Hale", (
        SourcedText(1, post), SourcedText(2, "the bridge will reopen"), SourcedText(3, "The bridge will re-open Friday"),
        SourcedText(4, post), SourcedText(5, "The bridge will reopen Friday. Crews have worked through the night")))
    comparison = Comparison((), {n: () for n in range(1, 6)}, (), (group,), (), (), (), "rules")
    articles = tuple(Article(f"{n}.txt", "text", outlet=f"Outlet{n}") for n in range(1, 6))
    brief = Brief(None, (BriefSentence("The bridge stayed closed on Tuesday.", (1,)),), articles, comparison)
    said = f"“{post}” [1][4][5] / “the bridge will reopen” [2] / “The bridge will re-open Friday” [3]"
    assert f"- **Ann Hale**: {said}\n" in brief_markdown(brief)
    buffer = io.StringIO()
    print_brief(brief, Console(file=buffer, width=1000, color_system=None))
    assert f"Ann Hale: {said}" in [" ".join(line.split()) for line in buffer.getvalue().splitlines()]


def test_a_quotes_line_shows_the_whole_quotation_not_a_piece_its_source_printed_first():
    # [1] quotes three words in its lead and the whole sentence further on: the piece, shown first,
    # hid the sentence, which merged into it as one more citation of [1].
    from newsbrief.compare import Comparison, QuoteGroup, SourcedText

    whole = "It is my duty to see this through, and we will not let their delays get in the way of that"
    group = QuoteGroup("Ann Hale", (SourcedText(1, "will not let"), SourcedText(1, whole)))
    comparison = Comparison((), {1: ()}, (), (group,), (), (), (), "rules")
    brief = Brief(None, (BriefSentence("The panel met on Monday.", (1,)),), (Article("1.txt", "text", outlet="Ledger"),),
                  comparison)
    assert f"- **Ann Hale**: “{whole}” [1]\n" in brief_markdown(brief)


def test_a_quotes_line_cites_a_source_for_each_shown_wording_its_own_wording_states():
    # [3] printed in one quotation the two sentences [1] printed apart: it is cited for both, where
    # only the first was cited, as if [3] had not printed the second; not for [2]'s piece of the
    # second, a piece of a wording it is cited for.
    from newsbrief.compare import QuoteGroup, SourcedText
    from newsbrief.render import quote_wordings

    first, second, piece = "The bridge will reopen on Friday", "Crews have worked through the night", "worked through the night"
    group = QuoteGroup("Ann Hale", (SourcedText(1, first), SourcedText(1, second), SourcedText(2, piece),
                                    SourcedText(3, f"{first}. {second}")))
    assert quote_wordings(group) == [(first, (1, 3)), (second, (1, 3)), (piece, (2,))]


def test_an_it_was_sentence_with_a_colon_leans_on_the_one_before_it_in_the_brief():
    from newsbrief.render import paragraphs

    # An article's first "It was…: …" points past its colon; further in, as every brief sentence
    # after the first is, it is the sentence before's ("It's also the result of…: …").
    plain = [BriefSentence(f"The harbour master counted {n} boats at anchor outside the port.", (2,)) for n in (12, 14, 16)]
    colon = BriefSentence("It was also the result of a long dispute: The ferry operator cut its crews by half.", (1,))
    assert [len(p) for p in paragraphs((*plain, colon))] == [4]


def test_a_brief_of_untitled_articles_is_headed_by_its_lead_s_main_clause_in_markdown_and_terminal():
    lead = ("Lifeboat crews brought all 80 passengers of a grounded ferry ashore on Tuesday, after the vessel struck "
            "a sandbank in thick fog off the northern pier.")
    heading = lead[: lead.index(", after")]
    untitled = Brief("S000009", (BriefSentence(lead, (1,)), BriefSentence("Nobody was hurt, the coastguard said.", (2,))),
                     (Article("c/0", "x"), Article("c/1", "x")))
    assert brief_markdown(untitled).startswith(f"# {heading}\n\nS000009 · ")
    terminal = io.StringIO()
    print_brief(untitled, Console(file=terminal, width=200, color_system=None))
    assert terminal.getvalue().splitlines()[0].strip("─ ") == heading
    # The JSON carries the same heading: a reader of it could not redo the choice of a title.
    assert brief_json(untitled)["title"] == heading


def test_a_heading_longer_than_the_line_wraps_above_its_rule_and_is_not_cut():
    title = "Harbour ferry runs aground near the northern pier after its engines fail in a storm at dawn"
    sources = (Article("0", "x"), Article("1", "x"), Article("2", "x"))
    console = Console(file=io.StringIO(), width=40, color_system=None)
    print_brief(Brief("S000010", FERRY_SENTENCES, sources), console, title)
    lines = console.file.getvalue().splitlines()
    rule = next(n for n, line in enumerate(lines) if set(line) == {"─"})
    assert " ".join(" ".join(lines[:rule]).split()) == title and "…" not in console.file.getvalue()
    assert lines[rule + 1].startswith("S000010 · ")
