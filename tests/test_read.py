"""Readers: plain text, directories, several paths, HTML, cluster JSONL, Multi-News raw, bad input."""
from __future__ import annotations

import gzip
import json
import re
import shutil
from pathlib import Path

import pytest

from conftest import DW_FILE, MEE_FILE, cluster_line
from newsbrief.clean import clean_article
from newsbrief.errors import InputError, NewsbriefError
from newsbrief.ingest import iter_articles
from newsbrief.read import iter_clusters, read_article, read_cluster, read_html_article, read_text_article

DW_TITLE = "Vladmir Putin Meets Erdogan to Secure Syria De-Escalation Zone"
MEE_TITLE = "Putin Says Conditions Needed to End War in Syria Have Been Reached"


# ---- plain text --------------------------------------------------------------------------------

def test_text_article_is_read_raw_with_its_file_name(example_texts):
    article = read_text_article(DW_FILE)
    assert article.doc_id == DW_FILE.name
    assert article.text == example_texts[0]
    assert article.source_path == str(DW_FILE)


def test_text_title_is_first_non_junk_line_when_it_looks_like_a_headline():
    # "go to top" comes first in the DW file; the headline is the next line.
    assert clean_article(read_text_article(DW_FILE)).title == DW_TITLE
    assert clean_article(read_text_article(MEE_FILE)).title == MEE_TITLE


def test_text_without_headline_has_no_title_and_keeps_its_first_sentence(tmp_path):
    path = tmp_path / "story.txt"
    first = "Russia and Turkey on Thursday pledged to work more closely to end the Syrian civil war."
    second = ("Putin was in Ankara on Thursday to meet with Erdogan, with the two leaders "
              "showering one another with praise.")
    path.write_text(f"{first}\n\n{second}\n", encoding="utf-8")
    article = clean_article(read_text_article(path))
    assert article.title is None
    assert article.text.split("\n\n") == [first, second]


def test_utf8_bom_is_accepted(tmp_path, example_texts):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeff".encode("utf-8") + example_texts[0].encode("utf-8"))
    assert read_text_article(path).text == example_texts[0]


def test_directory_reads_article_files_in_name_order(example_dir):
    cluster = read_cluster([example_dir])
    assert [a.doc_id for a in cluster.articles] == [DW_FILE.name, MEE_FILE.name]
    assert cluster.cluster_id is None


def test_a_batch_file_may_be_named_by_a_string(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("clusters.jsonl").write_text(json.dumps({"cluster_id": "ok", "documents": [{"text": "Fine."}]}) + "\n")
    assert [c.cluster_id for c in iter_clusters("clusters.jsonl")] == ["ok"]


def test_one_path_given_alone_is_read_as_that_path(example_dir):
    # read_cluster("story/") is a slip for read_cluster(["story/"]): not the one-letter paths "s", "t"...
    assert read_cluster(str(example_dir)).articles == read_cluster([example_dir]).articles
    assert read_cluster(example_dir).articles == read_cluster([example_dir]).articles


def test_directory_skips_hidden_and_non_article_files(tmp_path, example_dir):
    for path in example_dir.iterdir():
        shutil.copy(path, tmp_path / path.name)
    (tmp_path / ".draft.txt").write_text("A hidden editor's draft that is not part of the story.\n")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04\x00\x00")
    cluster = read_cluster([tmp_path])
    assert [a.doc_id for a in cluster.articles] == [DW_FILE.name, MEE_FILE.name]
    # Skipped, but said: the command line prints each as it prints an unreadable file given by name.
    skipped = []
    assert read_cluster([tmp_path], on_error=skipped.append).articles == cluster.articles
    assert [str(e) for e in skipped] == [
        f"{tmp_path / 'notes.docx'}: skipped, not a kind newsbrief reads in a folder (.docx); name the file to read it as text",
        f"{tmp_path / 'photo.png'}: skipped, not a kind newsbrief reads in a folder (.png); name the file to read it as text"]


def test_a_folder_inside_a_story_folder_is_skipped_with_a_line_saying_so(tmp_path, example_texts):
    (tmp_path / "a.txt").write_text(example_texts[0], encoding="utf-8")
    (tmp_path / "older").mkdir()
    (tmp_path / "older" / "b.txt").write_text(example_texts[1], encoding="utf-8")
    (tmp_path / ".cache").mkdir()  # hidden, as .git is: no one's articles
    (tmp_path / "z.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    skipped = []
    cluster = read_cluster([tmp_path], on_error=skipped.append)
    assert [a.doc_id for a in cluster.articles] == ["a.txt"]
    older = tmp_path / "older"
    assert [str(e) for e in skipped] == [
        f"{older}: skipped, a folder: a story folder's own files are briefed, not those of folders in it; "
        f"give {older} too to brief its files with them",
        f"{tmp_path / 'z.jpg'}: skipped, not a kind newsbrief reads in a folder (.jpg); name the file to read it as text"]
    given_too = read_cluster([tmp_path, older], on_error=skipped.append)
    assert [a.doc_id for a in given_too.articles] == ["a.txt", "b.txt"]


def test_a_file_given_twice_is_read_once(tmp_path, example_texts):
    folder = tmp_path / "story"
    folder.mkdir()
    for name, text in zip(("a.txt", "b.txt"), example_texts):
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "x.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    a = folder / "a.txt"
    skipped = []
    # By one path twice, by another spelling of it, and by name beside its folder: one source each.
    cluster = read_cluster([a, a, tmp_path / "story" / ".." / "story" / "a.txt", folder, folder], on_error=skipped.append)
    assert [a.doc_id for a in cluster.articles] == ["a.txt", "b.txt"]
    assert [str(e) for e in skipped] == [
        f"{folder / 'x.jpg'}: skipped, not a kind newsbrief reads in a folder (.jpg); name the file to read it as text"]


def test_a_file_of_no_known_kind_is_read_as_text_when_named_and_skipped_in_a_folder_saying_so(tmp_path, example_texts):
    (tmp_path / "a.txt").write_text(example_texts[0], encoding="utf-8")
    odd = tmp_path / "wire.dispatch"
    odd.write_text(example_texts[1], encoding="utf-8")
    assert [a.doc_id for a in read_cluster([odd]).articles] == ["wire.dispatch"]
    skipped = []
    assert [a.doc_id for a in read_cluster([tmp_path], on_error=skipped.append).articles] == ["a.txt"]
    assert [str(e) for e in skipped] == [
        f"{odd}: skipped, not a kind newsbrief reads in a folder (.dispatch); name the file to read it as text"]


def test_several_paths_keep_the_order_given():
    cluster = read_cluster([MEE_FILE, DW_FILE])
    assert [a.doc_id for a in cluster.articles] == [MEE_FILE.name, DW_FILE.name]


def test_directory_and_file_together(tmp_path, example_texts):
    folder = tmp_path / "more"
    folder.mkdir()
    (folder / "a.txt").write_text(example_texts[1], encoding="utf-8")
    cluster = read_cluster([DW_FILE, folder])
    assert [a.doc_id for a in cluster.articles] == [DW_FILE.name, "a.txt"]
    assert cluster.articles[1].text == example_texts[1]


# ---- HTML --------------------------------------------------------------------------------------

ARTICLE_PARAGRAPHS = [
    "Russia and Turkey on Thursday pledged to work more closely to end the Syrian civil war, "
    "after a meeting between their presidents in Ankara.",
    "Russian President Vladimir Putin and his Turkish counterpart Recep Tayyip Erdogan agreed to "
    '"more intensely" pursue the implementation of a de-escalation zone in the northern province of Idlib.',
    "The province borders Turkey and is largely under the control of rebel groups, with portions held "
    "by the rival group Tahrir al-Sham.",
    'Putin said the two countries would work to "deepen coordination" on ending the six-year conflict, '
    "adding that the necessary conditions now existed for the war to end.",
]

HTML_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Putin and Erdogan agree to deepen Syria coordination | Example Times</title>
<meta property="og:site_name" content="Example Times">
<meta property="og:title" content="Putin and Erdogan agree to deepen Syria coordination">
<meta property="og:url" content="https://www.example-times.com/world/putin-erdogan-syria">
<meta name="author" content="Jane Smith">
<meta property="article:published_time" content="2017-09-28T18:30:00+00:00">
<meta name="description" content="Russia and Turkey pledged to work more closely to end the Syrian civil war.">
</head>
<body>
<header>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
  <li><a href="/politics">Politics</a></li><li><a href="/subscribe">Subscribe today</a></li></ul></nav>
</header>
<main>
<article>
<h1>Putin and Erdogan agree to deepen Syria coordination</h1>
<p class="byline">By Jane Smith</p>
PARAGRAPHS
</article>
</main>
<aside><h3>Most read</h3><ul><li><a href="/a">Markets slide as oil prices jump</a></li></ul></aside>
<footer>
  <p>© 2017 Example Times. All rights reserved.</p>
  <ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li>
  <li><a href="/contact">Contact us</a></li></ul>
</footer>
</body>
</html>
""".replace("PARAGRAPHS", "\n".join(f"<p>{p}</p>" for p in ARTICLE_PARAGRAPHS))


@pytest.fixture()
def html_page(tmp_path) -> Path:
    path = tmp_path / "putin-erdogan.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    return path


def test_html_main_text_without_navigation_or_footer(html_page):
    article = read_html_article(html_page)
    for paragraph in ARTICLE_PARAGRAPHS:
        assert paragraph in article.text
    for junk in ("Subscribe today", "Politics", "Privacy policy", "Terms of use", "Contact us",
                 "All rights reserved", "Markets slide"):
        assert junk not in article.text


def test_html_metadata(html_page):
    article = read_html_article(html_page)
    assert article.doc_id == "putin-erdogan.html"
    assert article.title == "Putin and Erdogan agree to deepen Syria coordination"
    assert article.outlet == "Example Times"
    assert article.author == "Jane Smith"
    assert article.published == "2017-09-28"
    assert article.url == "https://www.example-times.com/world/putin-erdogan-syria"


UNDATED_STORY = ("<article><h1>Ferry runs aground off Kessel Point</h1>"
                 "<p>A passenger ferry ran aground off Kessel Point on Tuesday, and all 80 people aboard were "
                 "brought ashore by lifeboat crews.</p>"
                 "<p>The harbour master said the vessel had been checked on June 3, 2021, and passed.</p></article>")


@pytest.mark.parametrize("head, body", [
    ('<meta property="article:published_time" content="2024-05-07T09:30:00+00:00">', ""),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-05-07T09:30:00Z"}</script>', ""),
    ("", '<time datetime="2024-05-07">7 May</time>'),
], ids=["meta", "json-ld", "time"])
def test_html_date_stated_in_markup_is_kept_beside_a_copyright_year(tmp_path, head, body):
    path = tmp_path / "ferry.html"
    path.write_text(f"<html><head>{head}</head><body>{body}{UNDATED_STORY}"
                    "<footer>Copyright 2023 Coast Courier.</footer></body></html>", encoding="utf-8")
    assert read_html_article(path).published == "2024-05-07"


def test_html_without_a_stated_date_has_none_not_its_copyright_year_or_a_date_in_its_story(tmp_path):
    # A footer's year is no day, and the inspection date the story mentions is not when it was published.
    path = tmp_path / "ferry.html"
    path.write_text(f"<html><body>{UNDATED_STORY}<footer>Copyright 2023 Coast Courier.</footer></body></html>",
                    encoding="utf-8")
    assert read_html_article(path).published is None


def test_html_cleaned_keeps_the_paragraphs_and_drops_the_repeated_headline(html_page):
    article = clean_article(read_article(html_page))
    assert article.text.split("\n\n") == ARTICLE_PARAGRAPHS
    assert article.outlet == "Example Times"


def test_html_page_with_no_article_text_is_an_error(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>Nothing here</title></head><body><div></div></body></html>")
    with pytest.raises(InputError) as caught:
        read_html_article(path)
    assert str(caught.value) == f"{path}: no article text found in this HTML page"


def test_a_page_or_text_file_with_only_page_furniture_is_an_error_for_brief_and_ingest(tmp_path, example_texts):
    # trafilatura takes "Home" from a page holding nothing but its menu; the cleaner leaves nothing of it.
    page = tmp_path / "menu.html"
    page.write_text("<html><head><title></title></head><body><nav><a href='/'>Home</a></nav>"
                    "<script>x=1</script></body></html>")
    share = tmp_path / "share.txt"
    share.write_text("Share this: Facebook Twitter Email\n")
    story = tmp_path / "story.txt"
    story.write_text(example_texts[0], encoding="utf-8")
    skipped = []
    assert [a.doc_id for a in read_cluster([page, share, story], on_error=skipped.append).articles] == ["story.txt"]
    assert [str(e) for e in skipped] == [
        f"{page}: no article text found in this HTML page",
        f"{share}: no article text: nothing is left once menus, share lines and other page furniture are taken out"]
    for path, error in zip((page, share), skipped):
        assert [str(item) for item in iter_articles(path)] == [str(error)]


# ---- cluster JSONL -----------------------------------------------------------------------------

def test_cluster_jsonl_fields(tmp_path, example_texts):
    dw, mee = example_texts
    path = tmp_path / "one.jsonl"
    path.write_text(cluster_line("putin-ankara", [
        {"doc_id": "dw-1", "outlet": "Deutsche Welle", "title": "Putin in Ankara", "text": dw,
         "url": "https://www.dw.com/a-1"},
        {"doc_id": "mee-1", "text": mee},
    ], references=["Putin and Erdogan met in Ankara."]) + "\n", encoding="utf-8")
    cluster = read_cluster([path])
    assert cluster.cluster_id == "putin-ankara"
    assert cluster.references == ("Putin and Erdogan met in Ankara.",)
    first, second = cluster.articles
    assert (first.doc_id, first.outlet, first.title, first.url) == (
        "dw-1", "Deutsche Welle", "Putin in Ankara", "https://www.dw.com/a-1")
    assert first.text == dw
    assert second.doc_id == "mee-1" and second.outlet is None and second.title is None
    # Metadata given in the file wins over what the cleaner finds in the text.
    cleaned = clean_article(first)
    assert cleaned.outlet == "Deutsche Welle" and cleaned.title == "Putin in Ankara"
    assert clean_article(second).outlet == "Middle East Eye"


def test_cluster_jsonl_optional_fields_may_be_missing(tmp_path):
    path = tmp_path / "bare.jsonl"
    path.write_text(json.dumps({"documents": [{"text": "One."}, {"text": "Two."}]}) + "\n")
    (cluster,) = list(iter_clusters(path))
    assert cluster.cluster_id is None
    assert [a.doc_id for a in cluster.articles] == ["1", "2"]
    assert cluster.references == ()


def test_a_document_without_doc_id_is_not_named_as_another_is(tmp_path):
    # Its position, 1, is the id of the second document: it goes by 5, the first number past the
    # last position (4) that none has (it was "1", and the cluster was refused for two documents
    # with one doc_id). The fourth, whose id is empty, keeps its position, which none has.
    path = tmp_path / "ids.jsonl"
    documents = [{"text": "One."}, {"doc_id": "1", "text": "Two."}, {"doc_id": 3, "text": "Three."}, {"doc_id": "", "text": "Four."}]
    path.write_text(json.dumps({"documents": documents}) + "\n")
    (cluster,) = list(iter_clusters(path))
    assert [a.doc_id for a in cluster.articles] == ["5", "1", "3", "4"]


def test_cluster_jsonl_one_cluster_per_line_in_order(tmp_path, example_documents):
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(cluster_line(f"c{n}", example_documents) for n in (1, 2, 3)) + "\n")
    clusters = list(iter_clusters(path))
    assert [c.cluster_id for c in clusters] == ["c1", "c2", "c3"]
    assert [c.origin for c in clusters] == [f"{path}:1", f"{path}:2", f"{path}:3"]


def test_malformed_jsonl_line_names_the_line_and_reading_goes_on(tmp_path, example_documents):
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join([
        cluster_line("c1", example_documents),
        cluster_line("c2", example_documents),
        '{"cluster_id": "c3", "documents": [',
        cluster_line("c4", example_documents),
    ]) + "\n")
    items = list(iter_clusters(path))
    assert [getattr(i, "cluster_id", None) for i in items] == ["c1", "c2", None, "c4"]
    error = items[2]
    assert isinstance(error, InputError)
    assert error.line == 3
    assert f"{path}:3:" in str(error)


@pytest.mark.parametrize("line, problem", [
    ('{"cluster_id": "c", "documents": [{"text": "cut off', "malformed JSON (Unterminated string starting at column 44)"),
    ('{"cluster_id": "c", "documents": [{"text": "tab\there"}]}', "malformed JSON (Invalid control character at column 48)"),
    ('{"cluster_id": "c",, "documents": []}', "malformed JSON (Expecting property name enclosed in double quotes at column 20)"),
])
def test_malformed_json_messages_read_as_english(tmp_path, line, problem):
    path = tmp_path / "bad.jsonl"
    path.write_text(line + "\n")
    (error,) = list(iter_clusters(path))
    assert str(error) == f"{path}:1: {problem}"


def test_malformed_single_cluster_file_raises_with_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"cluster_id": "x", "documents": [{"text": "unfinished"}\n')
    with pytest.raises(InputError) as caught:
        read_cluster([path])
    assert str(caught.value).startswith(f"{path}:1:")


@pytest.mark.parametrize("record, problem", [
    ({"cluster_id": "c", "documents": []}, '"documents" is an empty list; a cluster needs at least one document'),
    ({"cluster_id": "c"}, 'a cluster needs a non-empty "documents" list'),
    ({"cluster_id": "c", "documents": "abc"}, '"documents" must be a list of documents, not a string'),
    ({"cluster_id": "c", "documents": {"0": {"text": "One."}}}, '"documents" must be a list of documents, not an object'),
    ({"cluster_id": "c", "documents": [{"text": "Fine."}, "Second text."]},
     'item 2 of "documents" is a string, not a document (an object with a "text")'),
    (["not", "an", "object"], "expected a JSON object, got a list"),
    (None, "expected a JSON object, got null"),  # a line "null", named as JSON names it
])
def test_invalid_cluster_records(tmp_path, record, problem):
    path = tmp_path / "invalid.jsonl"
    path.write_text(json.dumps({"cluster_id": "ok", "documents": [{"text": "Fine."}]}) + "\n" + json.dumps(record) + "\n")
    items = list(iter_clusters(path))
    assert items[0].cluster_id == "ok"
    assert isinstance(items[1], InputError)
    assert f"{path}:2:" in str(items[1]) and problem in str(items[1])


@pytest.mark.parametrize("document, problem", [
    # Named by its doc_id, the one it gets when it has none (its place) or the one it has, as
    # brief's and ingest's notes name it (s27 UX D7: not "document 1" for doc_id 0).
    ({"text": "Fine.", "title": 7}, 'document "1": "title" must be a string, not a number'),
    ({"text": "Fine.", "outlet": {"name": "DW"}}, 'document "1": "outlet" must be a string, not an object'),
    ({"text": "Fine.", "url": ["https://dw.com"]}, 'document "1": "url" must be a string, not a list'),
    ({"text": 12345, "doc_id": 0}, 'document "0": "text" must be a string, not a number'),
    ({"text": ["Para one.", "Para two."], "doc_id": "right"}, 'document "right": "text" must be a string, not a list'),
    # With no id to name it by, by its place in the list.
    ({"text": "Fine.", "doc_id": [1]}, 'item 1 of "documents": "doc_id" must be a string or a number, not a list'),
])
def test_fields_of_the_wrong_type_are_one_error_and_the_next_cluster_is_read(tmp_path, document, problem):
    path = tmp_path / "types.jsonl"
    path.write_text(json.dumps({"cluster_id": "bad", "documents": [document]}) + "\n"
                    + json.dumps({"cluster_id": "ok", "documents": [{"text": "Fine."}]}) + "\n")
    error, cluster = list(iter_clusters(path))
    assert str(error) == f"{path}:1: {problem}" and error.cluster_id == "bad"
    assert cluster.cluster_id == "ok"


@pytest.mark.parametrize("missing", [{}, {"text": None}])
def test_a_document_with_no_text_field_is_a_document_with_no_text_and_the_rest_are_read(tmp_path, missing):
    # s27 UX D7: as "text": "" is, so that the document is left out alone, not its cluster.
    path = tmp_path / "notext.jsonl"
    path.write_text(json.dumps({"cluster_id": "c", "documents": [{"doc_id": 0, **missing}, {"doc_id": 1, "text": "Fine."}]})
                    + "\n")
    (cluster,) = iter_clusters(path)
    assert [(a.doc_id, a.text) for a in cluster.articles] == [("0", ""), ("1", "Fine.")]


def test_references_must_be_strings_and_a_free_form_meta_is_not_read(tmp_path):
    path = tmp_path / "refs.jsonl"
    path.write_text(json.dumps({"cluster_id": "a", "documents": [{"text": "Fine.", "meta": "scraped"}], "references": 5})
                    + "\n" + json.dumps({"cluster_id": "b", "documents": [{"text": "Fine.", "meta": "scraped"}],
                                         "references": "One summary."}) + "\n")
    error, cluster = list(iter_clusters(path))
    assert str(error) == f'{path}:1: "references" must be a list of strings'
    assert cluster.references == ("One summary.",) and cluster.articles[0].url is None


def test_a_zero_doc_id_stays_zero(tmp_path):
    path = tmp_path / "ids.jsonl"
    path.write_text(json.dumps({"cluster_id": 3, "documents": [{"doc_id": 0, "text": "A."}, {"text": "B."}]}) + "\n")
    (cluster,) = list(iter_clusters(path))
    assert cluster.cluster_id == "3"
    assert [a.doc_id for a in cluster.articles] == ["0", "2"]  # an id missing is the document's number


def test_json_too_deep_or_with_half_a_character_is_one_error_per_line(tmp_path):
    path = tmp_path / "odd.jsonl"
    path.write_text("[" * 100_000 + "\n"
                    + '{"cluster_id": "half", "documents": [{"text": "A lone \\ud800 surrogate."}]}\n'
                    + '{"cluster_id": "pair", "documents": [{"text": "An emoji \\ud83d\\ude00 is fine."}]}\n')
    deep, half, pair = list(iter_clusters(path))
    assert str(deep) == f"{path}:1: JSON nested too deeply to read"
    assert str(half) == f"{path}:2: invalid Unicode: an escape such as \\ud800 names half a character"
    assert pair.articles[0].text == "An emoji \U0001F600 is fine."


def test_a_line_that_is_not_utf8_is_its_own_error_and_the_other_lines_are_read(tmp_path):
    path = tmp_path / "mixed.jsonl"
    lines = [cluster_line(name, [{"doc_id": "0", "text": f"The {name} ferry sailed at dawn."}]).encode("utf-8")
             for name in ("first", "second", "third")]
    lines[1] = lines[1].replace(b"ferry", b"caf\xe9 ferry")  # one Latin-1 byte
    path.write_bytes(b"\xef\xbb\xbf" + b"\r\n".join(lines) + b"\r\n")  # a byte-order mark and CRLF too
    first, error, third = list(iter_clusters(path))
    assert (first.cluster_id, third.cluster_id) == ("first", "third")
    assert third.origin == f"{path}:3"
    assert str(error) == f"{path}:2: not valid UTF-8 (byte 0xE9); re-encode it, e.g. iconv -f latin1 -t utf-8"


def test_a_line_separator_inside_a_json_string_does_not_split_the_line(tmp_path):
    path = tmp_path / "sep.jsonl"
    path.write_text(cluster_line("c", [{"text": "The ferry sailed.\u2028It docked at noon."}]) + "\n", encoding="utf-8")
    (cluster,) = list(iter_clusters(path))
    assert cluster.articles[0].text == "The ferry sailed.\u2028It docked at noon."


def test_a_multinews_line_that_is_not_utf8_is_its_own_error(tmp_path):
    path = tmp_path / "raw.src"
    path.write_bytes(b"The ferry sailed. ||||| The ferry left port.\n"
                     b"The caf\xe9 closed. ||||| The cafe shut.\n"
                     b"Rain fell. ||||| It rained.\n")
    first, error, third = list(iter_clusters(path))
    assert (first.cluster_id, third.cluster_id) == ("raw-1", "raw-3")
    assert str(error).startswith(f"{path}:2: not valid UTF-8 (byte 0xE9)")


def test_two_documents_of_one_cluster_under_one_doc_id_with_different_texts_are_an_error(tmp_path):
    twice = cluster_line("twice", [{"doc_id": "a", "text": "The ferry sailed at dawn."},
                                   {"doc_id": "a", "text": "Storms kept the ferry in port."},
                                   {"doc_id": "b", "text": "The ferry sailed late."}])
    batch = tmp_path / "batch.jsonl"
    batch.write_text(twice + "\n" + cluster_line("fine", [{"doc_id": "a", "text": "The ferry sailed at dawn."}]) + "\n")
    error, cluster = list(iter_clusters(batch))
    assert str(error) == (f"{batch}:1: documents 1 and 2 have one doc_id, 'a', and different texts; "
                          "give each document its own doc_id")
    assert error.cluster_id == "twice" and cluster.cluster_id == "fine"
    single = tmp_path / "story.jsonl"
    single.write_text(twice + "\n")
    with pytest.raises(InputError, match="documents 1 and 2 have one doc_id"):
        read_cluster([single])


def test_a_pretty_printed_json_file_is_one_error_saying_what_to_do(tmp_path):
    path = tmp_path / "story.json"
    path.write_text(json.dumps({"cluster_id": "c", "documents": [{"text": "A."}, {"text": "B."}]}, indent=2))
    (error,) = list(iter_clusters(path))
    assert str(error).startswith(f"{path}: holds one JSON document over several lines; newsbrief reads JSONL")
    assert "jq -c" in str(error)


def test_cluster_file_suffix_in_capitals(tmp_path):
    path = tmp_path / "STORY.JSONL"
    path.write_text(json.dumps({"cluster_id": "c", "documents": [{"text": "A."}]}) + "\n")
    assert [c.cluster_id for c in iter_clusters(path)] == ["c"]


def test_file_with_several_clusters_needs_batch(tmp_path, example_documents):
    path = tmp_path / "two.jsonl"
    path.write_text(cluster_line("a", example_documents) + "\n" + cluster_line("b", example_documents) + "\n")
    with pytest.raises(InputError, match="--batch"):
        read_cluster([path])


def test_cluster_file_cannot_be_mixed_with_articles(tmp_path, example_documents):
    path = tmp_path / "one.jsonl"
    path.write_text(cluster_line("a", example_documents) + "\n")
    with pytest.raises(InputError) as caught:
        read_cluster([DW_FILE, path])
    assert str(path) in str(caught.value)


def test_a_folder_names_an_article_jsonl_for_what_it_is_in_words_for_the_cli_and_the_upload(tmp_path, example_texts):
    (tmp_path / "a.txt").write_text(example_texts[0], encoding="utf-8")
    (tmp_path / "stream.jsonl").write_text(json.dumps({"doc_id": "w1", "text": "Wind farm opens off the coast."}) + "\n")
    (tmp_path / "story.jsonl").write_text(cluster_line("c", [{"doc_id": "0", "text": "Wind farm opens."}]) + "\n")
    errors = []
    read_cluster([tmp_path], on_error=errors.append)
    assert [e.problem for e in errors] == [  # story.jsonl, then stream.jsonl
        "a cluster file (one story per line), not an article; newsbrief brief reads it given alone, "
        "newsbrief ingest among other files",
        "article JSONL (one article per line), not an article; newsbrief ingest reads it"]
    with pytest.raises(InputError, match="article JSONL") as caught:  # an upload is read by read_article
        read_article(tmp_path / "stream.jsonl")
    assert "--batch" not in str(caught.value)


def warc_archive(gzipped: bool) -> bytes:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzipped)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    page = io.BytesIO(b"<html><body><p>The harbour bridge reopened on Monday after repairs.</p></body></html>")
    writer.write_record(writer.create_warc_record("https://port.example/bridge", "response", payload=page,
                                                  http_headers=headers))
    return buffer.getvalue()


@pytest.mark.parametrize("name, gzipped, kind", [("crawl.warc.gz", True, "a WARC"), ("crawl.warc", False, "a WARC"),
                                                 ("crawl-dump", False, "a WARC"), ("crawl.arc.gz", True, "an ARC")])
def test_a_web_archive_given_to_brief_is_named_as_one_and_sent_to_ingest(tmp_path, name, gzipped, kind):
    path = tmp_path / name
    path.write_bytes(warc_archive(gzipped))  # an ARC is known by its name, as ingest reads it
    message = f"{path}: {kind} web archive, not an article; newsbrief ingest reads the pages in it"
    with pytest.raises(InputError) as caught:
        read_cluster([path])
    assert str(caught.value) == message
    errors = []
    read_cluster([DW_FILE, path], on_error=errors.append)
    assert [str(e) for e in errors] == [message]


# ---- feeds -------------------------------------------------------------------------------------

TWO_STORY_FEED = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Herald</title><link>https://herald.example</link>'
    "<item><title>Dam repairs finish early</title><link>https://herald.example/dam</link>"
    "<pubDate>Tue, 14 Nov 2023 08:00:00 GMT</pubDate>"
    "<description>&lt;p&gt;Repairs to the valley dam finished two weeks early, engineers said.&lt;/p&gt;</description></item>"
    "<item><title>School term starts late</title><link>https://herald.example/school</link>"
    "<description>The new school term will start a week late after flooding.</description></item>"
    "</channel></rss>")


def test_a_feed_given_to_brief_gives_its_entries_as_ingest_reads_them(tmp_path):
    from newsbrief.ingest import iter_articles

    path = tmp_path / "herald.rss"
    path.write_text(TWO_STORY_FEED)
    cluster = read_cluster([path])
    assert [(a.doc_id, a.title, a.outlet, a.published, a.text) for a in cluster.articles] == [
        ("https://herald.example/dam", "Dam repairs finish early", "Valley Herald", "2023-11-14T08:00:00+00:00",
         "Repairs to the valley dam finished two weeks early, engineers said."),
        ("https://herald.example/school", "School term starts late", "Valley Herald", None,
         "The new school term will start a week late after flooding.")]
    assert list(cluster.articles) == list(iter_articles(path))  # one reader for both commands


def herald_feed(kind: str, channel_link: str | None, entry_link: str) -> str:
    """A one-entry RSS or Atom feed of the Valley Herald, its channel linking to `channel_link` (none if None)."""
    text = "Repairs to the valley dam finished two weeks early, engineers said."
    if kind == "rss":
        link = f"<link>{channel_link}</link>" if channel_link else ""
        return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Herald</title>{link}'
                f"<item><title>Dam repairs finish early</title><link>{entry_link}</link><guid>dam-1</guid>"
                f"<description>{text}</description></item></channel></rss>")
    link = f'<link href="{channel_link}"/>' if channel_link else ""
    return (f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Herald</title>{link}'
            f'<id>urn:herald</id><entry><title>Dam repairs finish early</title><link href="{entry_link}"/>'
            f"<id>dam-1</id><summary>{text}</summary></entry></feed>")


@pytest.mark.parametrize("kind", ["rss", "atom"])
@pytest.mark.parametrize("channel_link, entry_link, outlet", [
    ("https://herald.example/", "https://www.herald.example/dam", "Valley Herald"),
    ("https://herald.example/", "/dam", "Valley Herald"),  # a relative link is the channel's own
    (None, "https://wire.example.org/dam", "Valley Herald"),  # no channel link: nothing says it is another's
    ("https://herald.example/", "https://wire.example.org/dam", None),  # an aggregator's entry: its writer unknown
])
def test_an_rss_and_an_atom_entry_get_one_outlet_from_their_channel(tmp_path, kind, channel_link, entry_link, outlet):
    # RSS and Atom give the channel's title and link alike; an RSS feed whose entries all link to
    # other sites (as a test feed built of several outlets' articles does) is an aggregator's, and
    # its entries get no outlet where an Atom feed without a channel link gives its title.
    path = tmp_path / f"herald.{kind}"
    path.write_text(herald_feed(kind, channel_link, entry_link))
    assert [a.outlet for a in read_cluster([path]).articles] == [outlet]


def test_a_feed_in_a_folder_or_among_files_is_read_with_them(tmp_path, example_texts):
    (tmp_path / "a.txt").write_text(example_texts[0], encoding="utf-8")
    (tmp_path / "herald.xml").write_text(TWO_STORY_FEED)
    saved = tmp_path / "saved-feed"  # no feed suffix: known by how it starts, as ingest knows it
    saved.write_text(TWO_STORY_FEED.replace("herald.example", "mirror.example"))
    assert [a.doc_id for a in read_cluster([tmp_path]).articles] == [
        "a.txt", "https://herald.example/dam", "https://herald.example/school",
        "https://mirror.example/dam", "https://mirror.example/school"]


def test_a_feed_with_no_entries_or_a_bad_entry_is_an_error_for_brief(tmp_path):
    empty = tmp_path / "empty.rss"
    empty.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>')
    with pytest.raises(InputError, match="the feed holds no entries"):
        read_cluster([empty])
    errors = []
    half = tmp_path / "half.rss"
    half.write_text(TWO_STORY_FEED.replace("<title>School term starts late</title>", "")
                    .replace("<description>The new school term will start a week late after flooding.</description>", ""))
    assert len(read_cluster([half], on_error=errors.append).articles) == 1
    assert [str(e) for e in errors] == [f"{half}: entry 2 ('untitled') has no headline or text"]


def test_a_feed_entry_with_no_guid_or_link_is_read_and_named_by_its_feed_and_its_content(tmp_path):
    # Both are optional in RSS 2.0: brief needs no id, and ingest's id must come out the same each read.
    path = tmp_path / "valley.rss"
    path.write_text(re.sub(r"<link>https://herald.example/\w+</link>", "", TWO_STORY_FEED))
    ids = [a.doc_id for a in read_cluster([path]).articles]
    assert len(set(ids)) == 2 and all(re.fullmatch(r"valley\.rss#[0-9a-f]{12}", i) for i in ids)
    assert [a.doc_id for a in iter_articles(path)] == ids
    # Another text under the same headline is another article.
    path.write_text(path.read_text().replace("a week late", "two weeks late"))
    assert [a.doc_id for a in iter_articles(path)][0] == ids[0] != [a.doc_id for a in iter_articles(path)][1] != ids[1]


def test_a_feed_that_cannot_be_read_is_left_out_of_a_folder_with_its_error(tmp_path, example_texts):
    (tmp_path / "a.txt").write_text(example_texts[0], encoding="utf-8")
    (tmp_path / "empty.rss").write_bytes(b"")  # a fetch that got nothing
    (tmp_path / "nul.xml").write_bytes(b"<rss>\x00\x01")
    errors = []
    assert [a.doc_id for a in read_cluster([tmp_path], on_error=errors.append).articles] == ["a.txt"]
    assert [(e.path, e.problem.split(" (")[0]) for e in errors] == [
        (str(tmp_path / "empty.rss"), "file is empty"), (str(tmp_path / "nul.xml"), "binary file, not text")]


# ---- Multi-News raw ------------------------------------------------------------------------------

def test_multinews_src_clusters_documents_and_newlines(multinews_files, example_texts):
    src, _ = multinews_files
    clusters = list(iter_clusters(src))
    assert [c.cluster_id for c in clusters] == ["test-1", "test-2"]
    # The trailing "|||||" on line 1 adds no empty document.
    assert [len(c.articles) for c in clusters] == [2, 2]
    first = clusters[0].articles[0]
    assert "NEWLINE_CHAR" not in first.text and "|||||" not in first.text
    lines = [line.strip() for line in first.text.splitlines()]
    assert lines[:5] == ["go to top", "", "Vladmir Putin Meets Erdogan to Secure Syria De-Escalation Zone", "",
                         "DW Editors Friday, Sept. 29, 2017"]
    assert first.source_path == f"{src}:1"


def test_multinews_documents_clean_like_the_original_files(multinews_files):
    src, _ = multinews_files
    line1, line2 = list(iter_clusters(src))
    originals = [clean_article(read_text_article(DW_FILE)), clean_article(read_text_article(MEE_FILE))]
    for decoded, original in zip(line1.articles, originals):
        cleaned = clean_article(decoded)
        assert cleaned.text == original.text
        assert (cleaned.title, cleaned.outlet, cleaned.republished_by) == (
            original.title, original.outlet, original.republished_by)
    assert clean_article(line2.articles[0]).text == originals[1].text


def test_multinews_references_from_tgt(multinews_files):
    src, _ = multinews_files
    first, second = list(iter_clusters(src))
    (reference,) = first.references
    assert reference.startswith("Russia and Turkey will deepen coordination")
    assert "NEWLINE_CHAR" not in reference and "–" not in reference
    assert "The two leaders agreed to pursue an Idlib de-escalation zone more intensely." in reference
    assert second.references == ("Putin said the conditions to end the war in Syria have been reached.",)


def test_an_unreadable_tgt_is_reported_and_the_sources_are_still_read(multinews_files):
    src, tgt = multinews_files
    tgt.write_bytes("Caf\u00e9 summary.\n".encode("latin-1"))
    error, *clusters = list(iter_clusters(src))
    assert str(error).startswith(f"{tgt}:1: not valid UTF-8 (byte 0xE9)")
    assert len(clusters) == 2 and all(c.references == () for c in clusters)


def test_multinews_without_tgt_has_no_references(multinews_files):
    src, tgt = multinews_files
    tgt.unlink()
    assert all(c.references == () for c in iter_clusters(src))


def test_multinews_single_line_src_is_one_cluster_and_two_lines_need_batch(tmp_path, multinews_files):
    src, _ = multinews_files
    one = tmp_path / "one.src"
    one.write_text(src.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    cluster = read_cluster([one])
    assert cluster.cluster_id == "one-1" and len(cluster.articles) == 2
    with pytest.raises(InputError, match="--batch"):
        read_cluster([src])


def test_multinews_raw_text_in_a_txt_file_is_recognised(tmp_path, multinews_files):
    src, _ = multinews_files
    txt = tmp_path / "raw.txt"
    txt.write_text(src.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    assert len(read_cluster([txt]).articles) == 2


# ---- bad input ---------------------------------------------------------------------------------

def _error(paths, **kwargs) -> InputError:
    with pytest.raises(InputError) as caught:
        read_cluster(paths, **kwargs)
    message = str(caught.value)
    assert "\n" not in message
    return caught.value


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert str(_error([path])) == f"{path}: file is empty"


def test_whitespace_only_file_is_empty(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text("\n  \n\t\n")
    assert "empty" in str(_error([path]))


def test_binary_file(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)))
    message = str(_error([path]))
    assert message.startswith(f"{path}:") and "binary" in message


@pytest.mark.parametrize("name, data, problem", [
    # A PDF's second line is binary, but no NUL may come before it: not "re-encode it with iconv".
    ("report.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
     "a PDF document, not text; save its text (pdftotext report.pdf) and give that"),
    # A compressed dump of article JSONL: it is read once decompressed.
    ("stream.jsonl.gz", gzip.compress(b'{"doc_id": "1", "text": "Ferry aground."}\n'),
     "gzip-compressed; decompress it first (gunzip -k stream.jsonl.gz)"),
])
def test_a_pdf_or_a_compressed_file_is_named_with_what_to_do(tmp_path, monkeypatch, name, data, problem):
    monkeypatch.chdir(tmp_path)
    Path(name).write_bytes(data)
    assert str(_error([Path(name)])) == f"{name}: {problem}"


@pytest.mark.parametrize("encoding, named", [("utf-16", "UTF-16"), ("utf-16-le", "UTF-16LE"), ("utf-16-be", "UTF-16BE"),
                                             ("utf-32", "UTF-32")])
def test_utf16_text_is_named_with_the_command_that_converts_it(tmp_path, encoding, named):
    # Python's "utf-16" and "utf-32" write a byte-order mark (UTF-32's begins like UTF-16's); the
    # other two write none, so the byte order is named.
    path = tmp_path / "ferry.txt"
    path.write_bytes("Ferry runs aground\n\nA ferry ran aground off Kessel Point on Tuesday.\n".encode(encoding))
    assert str(_error([path])) == (f"{path}: {named} text; convert it to UTF-8, e.g. "
                                   f"iconv -f {named} -t UTF-8 {path} > {tmp_path / 'utf8-ferry.txt'}")


def test_the_convert_command_names_a_file_with_spaces_as_one_word(tmp_path):
    import shlex

    path = tmp_path / "my notes.txt"
    path.write_bytes("Ferry runs aground\n\nA ferry ran aground off Kessel Point on Tuesday.\n".encode("utf-16"))
    command = str(_error([path])).split("e.g. ", 1)[1]
    assert shlex.split(command) == ["iconv", "-f", "UTF-16", "-t", "UTF-8", str(path), ">", str(tmp_path / "utf8-my notes.txt")]


def test_non_utf8_file_names_the_line(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Putin in Ankara\n\nRussia and Turkey met.\nErdogan praised the caf\u00e9 talks.\n".encode("latin-1"))
    error = _error([path])
    assert error.line == 4
    assert str(error).startswith(f"{path}:4:") and "UTF-8" in str(error)


def test_file_over_max_bytes(tmp_path, example_texts):
    path = tmp_path / "big.txt"
    path.write_text(example_texts[1], encoding="utf-8")
    message = str(_error([path], max_bytes=1000))
    assert message.startswith(f"{path}:") and "--max-bytes" in message
    assert read_cluster([path], max_bytes=10_000).articles  # the same file under a larger limit


@pytest.mark.parametrize("size, limit, said", [
    (110_000_000, 100 * 1024 * 1024, "file is 104.9 MB, over the --max-bytes limit of 100.0 MB"),
    # s27 UX D10: not "14.3 MB" beside "1,000,000 bytes"; nor "1.0 MB" over "1.0 MB".
    (15_000_000, 1_000_000, "file is 15,000,000 bytes, over the --max-bytes limit of 1,000,000 bytes"),
    (1_048_600, 1_048_576, "file is 1,048,600 bytes, over the --max-bytes limit of 1,048,576 bytes"),
])
def test_a_file_over_max_bytes_is_said_to_be_in_the_limit_s_unit(tmp_path, size, limit, said):
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:  # sparse: the size is all the check reads
        handle.truncate(size)
    assert str(_error([path], max_bytes=limit)) == f"{path}: {said}; split it or raise --max-bytes"


def test_nonexistent_path(tmp_path):
    path = tmp_path / "missing.txt"
    assert str(_error([path])) == f"{path}: no such file or directory"


def test_directory_with_no_articles(tmp_path):
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    (tmp_path / ".hidden.txt").write_text("hidden")
    message = str(_error([tmp_path]))
    assert message.startswith(f"{tmp_path}:") and "no articles" in message


def test_empty_directory(tmp_path):
    assert "no articles" in str(_error([tmp_path]))


def test_errors_are_newsbrief_errors():
    assert issubclass(InputError, NewsbriefError)


def test_article_jsonl_given_to_brief_says_what_it_is_and_what_to_do(tmp_path):
    path = tmp_path / "stream.jsonl"
    path.write_text(json.dumps({"doc_id": "a1", "text": "Lava flowed toward the town."}) + "\n"
                    + json.dumps({"doc_id": "a2", "text": "Residents left."}) + "\n")
    assert str(_error([path])) == (
        f'{path}:1: this is one article per line (article JSONL), and brief reads stories, each a line with a "documents" '
        f"list; ingest it (newsbrief ingest {path}) to group the articles into stories")
    # A line that is neither still gets the cluster format's own message.
    path.write_text(json.dumps({"cluster_id": "c", "documents": []}) + "\n")
    assert str(_error([path])) == f'{path}:1: "documents" is an empty list; a cluster needs at least one document'


def test_a_page_reads_the_same_however_often_it_is_read_in_one_process(html_page):
    # A server sees the same page uploaded again, an ingest the same page by another path: what
    # trafilatura saw in earlier pages must not be dropped as repeated from this one.
    texts = [read_html_article(html_page).text for _ in range(4)]
    assert all(paragraph in texts[-1] for paragraph in ARTICLE_PARAGRAPHS)
    assert texts == texts[:1] * 4


def test_punctuation_escaped_twice_in_metadata_is_read_as_meant(tmp_path):
    # As the UCI news stream has them: "Barron's \(blog\)", "24\/7 Wall St.", "…story\?track=rss".
    from newsbrief.read import read_cluster

    document = {"doc_id": "1", "outlet": "Barron's \\(blog\\)", "title": "24\\/7 Wall St. picks",
                "url": "http://example.com/story\\?track=rss", "text": "x " * 80}
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"cluster_id": "c", "documents": [document]}) + "\n", encoding="utf-8")
    (article,) = read_cluster([path]).articles
    assert (article.outlet, article.title, article.url) == (
        "Barron's (blog)", "24/7 Wall St. picks", "http://example.com/story?track=rss")


MARKDOWN = """# Acme | Widgets *shares* jump after <b>merger</b> news

Shares of [Acme Corp](https://example.com/acme), the _widget_ maker, rose 12% on Tuesday
after it agreed to buy **Beta Inc** for $3 billion, the company said.

![A chart of Acme's shares](chart.png)

* Analysts called the price `fair`.
"""


def test_a_markdown_file_is_read_as_the_text_it_shows(tmp_path):
    (tmp_path / "acme.md").write_text(MARKDOWN, encoding="utf-8")
    article = read_text_article(tmp_path / "acme.md")
    assert article.text.split("\n\n") == [
        "Acme | Widgets shares jump after merger news",
        "Shares of Acme Corp, the widget maker, rose 12% on Tuesday after it agreed to buy Beta Inc for "
        "$3 billion, the company said.",
        "Analysts called the price fair."]
    assert clean_article(article).title == "Acme | Widgets shares jump after merger news"


def test_a_text_file_keeps_its_asterisks(tmp_path):
    (tmp_path / "acme.txt").write_text(MARKDOWN, encoding="utf-8")
    assert "*shares*" in read_text_article(tmp_path / "acme.txt").text
