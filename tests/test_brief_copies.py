"""A copy is one source: an article given twice, or republished by another site, does not
corroborate its original in `brief` or `compare`; and an empty brief says why it is empty."""
from __future__ import annotations

from conftest import DW_FILE, MEE_FILE
from streams import mee_copy_text

from newsbrief.dedup import contained_texts, earlier_copies
from newsbrief.models import Article, Cluster
from newsbrief.pipeline import BriefOptions, brief
from newsbrief.summarize import Budget

# Written for these tests: a wire report of a bridge closure, and another paper's own report of it.
WIRE = """Engineers closed the Harbour Street bridge on Monday after divers found cracks in two of its supporting piers.

The city transport office said the bridge, which carries about 30,000 vehicles a day, would stay shut for at least six weeks while the damage is assessed.

Buses will be diverted over the Mill Lane crossing, adding up to twenty minutes to journeys into the centre, the office said.

The cracks were found during a routine inspection that the city carries out every five years on its older river crossings.

Local shop owners near the bridge said they feared losing customers during the closure and asked the council for help with their rents."""

OWN_REPORT = """Drivers faced long queues across the city on Monday after the Harbour Street bridge was shut without warning.

Officials said an underwater survey had turned up cracking in the bridge's piers, and that repairs could keep it closed well into next month.

Traders on Harbour Street told the paper that trade had already fallen by half on the first morning of the closure."""


def test_a_republished_copy_with_its_own_lead_in_and_one_sentence_changed_is_a_copy():
    reprint = ("Regional Herald | News | Sport | Weather\n\n" + WIRE.replace("twenty minutes", "a quarter of an hour")
               + "\n\nShare this story with your friends")
    another_reprint = WIRE + "\n\nReporting by the Harbour Desk."
    # The second reprint copies the first reprint as much as the wire story: it is linked to the earliest.
    assert earlier_copies([WIRE, OWN_REPORT, reprint, another_reprint]) == {2: 0, 3: 0}
    # Two reports of one event in their own words are two sources; short texts are never copies.
    assert earlier_copies([WIRE, OWN_REPORT]) == {}
    assert earlier_copies(["Share this on:", "Share this on:"]) == {}


def test_the_same_file_given_twice_counts_once():
    # The QA repro: one DW report saved under two names, beside the Middle East Eye report.
    dw = DW_FILE.read_text(encoding="utf-8")
    cluster = Cluster(articles=(Article("dw.txt", dw), Article("dw-saved-again.txt", dw),
                                Article("mee.txt", MEE_FILE.read_text(encoding="utf-8"))))
    result = brief(cluster, BriefOptions(budget=Budget(sentences=6)))
    assert [a.doc_id for a in result.sources] == ["dw.txt", "mee.txt"]
    assert result.warnings == ("left out dw-saved-again.txt (DW): a copy of dw.txt (DW); one source, counted once",)
    assert result.sentences and all(set(s.sources) <= {1, 2} for s in result.sentences)
    # The comparison is of two sources too: a copy agreeing with its original is no agreement.
    assert len(result.comparison.coverage) == 2
    assert all(set(group.sources) <= {1, 2} for group in result.comparison.agreed)


def test_a_third_site_republishing_an_article_does_not_corroborate_it():
    cluster = Cluster(articles=(Article("mee", MEE_FILE.read_text(encoding="utf-8")),
                                Article("dw", DW_FILE.read_text(encoding="utf-8")),
                                Article("copy", mee_copy_text(), outlet="World News Daily")))
    result = brief(cluster, BriefOptions(budget=Budget(sentences=6), compare=False))
    assert [a.doc_id for a in result.sources] == ["mee", "dw"]
    assert result.warnings == ("left out copy (World News Daily): a copy of mee (Middle East Eye); one source, "
                               "counted once",)
    assert all(set(s.sources) <= {1, 2} for s in result.sentences)


def test_an_article_and_its_copy_alone_are_one_source():
    reprint = "Regional Herald\n\n" + WIRE
    result = brief(Cluster(articles=(Article("wire", WIRE), Article("herald", reprint))),
                   BriefOptions(budget=Budget(sentences=3), compare=False))
    assert [a.doc_id for a in result.sources] == ["wire"]
    assert all(s.sources == (1,) for s in result.sentences)
    assert result.warnings == ("left out herald: a copy of wire; one source, counted once",
                               "only one article: no second source to corroborate or compare it with")


def test_two_reports_in_their_own_words_still_corroborate_each_other():
    result = brief(Cluster(articles=(Article("wire", WIRE), Article("paper", OWN_REPORT))),
                   BriefOptions(budget=Budget(sentences=3), compare=False))
    assert [a.doc_id for a in result.sources] == ["wire", "paper"]
    assert result.warnings == ()


def test_an_excerpt_of_a_longer_report_is_one_source_with_it():
    # A site that runs the wire story's first two paragraphs shares too few shingles with the
    # whole story for a copy, yet all of its text is the wire's.
    excerpt = "\n\n".join(WIRE.split("\n\n")[:2]) + "\n\nRead the full story on our partner's site."
    assert earlier_copies([WIRE, excerpt]) == {}
    assert contained_texts([WIRE, OWN_REPORT, excerpt]) == {2: 0}
    # The longer text stays whichever came first.
    result = brief(Cluster(articles=(Article("teaser", excerpt), Article("wire", WIRE), Article("paper", OWN_REPORT))),
                   BriefOptions(budget=Budget(sentences=3), compare=False))
    assert [a.doc_id for a in result.sources] == ["wire", "paper"]
    assert result.warnings == ("left out teaser: its text is contained in wire; one source, counted once",)


def test_a_statement_printed_whole_in_a_report_is_one_source_with_it():
    statement = ("We are proud to announce that every new parent at the company may now take a full year of "
                 "paid leave, and we hope other employers will follow.")
    report = ("A software company said on Tuesday it would give new parents a year of paid leave.\n\n"
              f"In a blog post, its chief executive wrote: {statement}\n\nRivals have not said whether they will match it.")
    assert contained_texts([statement, report, OWN_REPORT]) == {0: 1}
    # Reports in their own words, and texts too short to judge, stand inside nothing.
    assert contained_texts([WIRE, OWN_REPORT]) == {}
    assert contained_texts(["Share this on:", "Share this on: Facebook, Twitter"]) == {}


def test_a_text_with_no_sentence_ends_says_it_could_not_be_split():
    run_on = "River Town Floods\n\n" + " ".join(["the river rose past the old mill and the water reached the square"] * 100)
    result = brief(Cluster(articles=(Article("run-on.txt", run_on),)), BriefOptions(compare=False))
    assert result.sentences == ()
    assert result.warnings[-1] == ("no sentence fit for a brief: the text could not be split into sentences, running "
                                   "1,300 words with no sentence end where a brief sentence has at most 60")


def test_an_article_of_questions_says_no_sentence_can_stand_in_a_brief():
    questions = "Council Weighs Bridge Plan\n\n" + " ".join([
        "Will the council vote on the new bridge plan before the summer recess ends?",
        "Can the town afford the repairs the engineers asked for in their report last month?",
        "Who will pay for the detour that drivers face while the old bridge stays closed?",
        "What happens to the ferry service if the bridge reopens earlier than planned next spring?",
        "How long will shops near the closed bridge wait before the council offers them any help?"])
    result = brief(Cluster(articles=(Article("questions.txt", questions),)), BriefOptions(compare=False))
    assert result.sentences == ()
    assert result.warnings[-1].startswith("no sentence fit for a brief: none of the 5 sentences is one a brief can take alone")


def test_a_budget_shorter_than_every_whole_sentence_says_so():
    text = "Ferry Service Resumes\n\n" + " ".join([
        "The harbour ferry resumed its crossings on Tuesday after a week of repairs to the northern pier.",
        "Passengers queued at the terminal from early morning as the first boat left on time at seven."])
    result = brief(Cluster(articles=(Article("ferry.txt", text),)), BriefOptions(budget=Budget(words=12), compare=False))
    assert result.sentences == ()
    # The two sentences have 17 and 17 words; the budget, not the sentences, is what to change.
    assert result.warnings[-1] == ("no sentence fits the 12-word budget: the shortest that reads whole has 17 words; "
                                   "give a larger --words")


def test_leads_the_site_cut_off_still_tell_the_story_and_show_the_cut():
    # A feed of titles and leads, each lead cut off mid-sentence by the site that served it.
    leads = {"ferry-a": ("The harbour ferry ran aground near the northern pier on Tuesday morning, and lifeboat crews "
                         "took all forty passengers ashore before the tide turned against"),
             "ferry-b": ("All forty passengers of the harbour ferry that ran aground near the northern pier on Tuesday "
                         "were taken ashore by lifeboat crews, the coastguard said in a statement released...")}
    cluster = Cluster(articles=tuple(Article(name, lead, title="Harbour ferry runs aground near northern pier")
                                     for name, lead in leads.items()))
    result = brief(cluster, BriefOptions(compare=False))
    # No whole sentence to take: one lead, marked as cut ("…" added, the site's own "..." kept).
    (sentence,) = result.sentences
    assert sentence.text in (leads["ferry-a"] + "…", leads["ferry-b"])
    assert not any(w.startswith("no sentence fit") for w in result.warnings)
