"""Split cleaned articles into sentences (nupunkt), keeping multi-sentence quotes whole."""
from __future__ import annotations

import bisect
import re

from .models import Article, Sentence

OPENING_QUOTES = "\"“"
# Right after a height in feet and inches ("a 5’4” mass", "4'8" tall"), where a double mark is the
# inch mark: it neither opens nor closes a quotation (s27 QA S8: "“Little Tom is a 5’4” mass …,”
# Hale said" was cut at its inch mark).
AFTER_HEIGHT = r"(?:(?<=\d['’]\d)|(?<=\d['’]\d\d))"
QUOTE_MARKS = re.compile(f"(?!{AFTER_HEIGHT})[\"“”]")
QUOTE_OPENS_SENTENCE = re.compile(f"[{OPENING_QUOTES}][A-Z]")
MAX_QUOTE_SPAN = 4  # sentences a quotation may join before we give up on finding its end
# A "sentence" of more words is a text with no sentence ends (run-on words, a transcript with no
# stops: s27 QA D5, a 15 MB line took 94 s and 2.6 GB to refuse): it is cut into pieces of this
# many words, so that no step after the split (the embedding's tokenizer, content words, the
# summarizer's tests) takes it whole. The dev sets' longest sentence has 487 words; a brief's, 60.
MAX_SENTENCE_WORDS = 2000
# A quotation in single marks, as British papers write them ('Most masks don't work. They don't
# help,' Paul said): opened by ' or ‘ at a word's start before a letter, so not by the apostrophe
# inside or after a word ("don't", "Ross' book") nor before a number ("the '90s"), and closed by '
# or ’ right after a comma or a stop, before no letter. A double quote mark, a line break or another
# opening single mark inside ends the search, and so does its length: a mark opening a word
# ("rock 'n' roll", "'em", "the 'Jersey Shore's' cast") pairs with no close but one of a quotation
# farther on ("…, whose book, 'Shore Thing,' sold").
_SINGLE_OPENS = r"(?<![\w’'‘])['‘](?=[A-Za-z])"
SINGLE_QUOTED = re.compile(rf"{_SINGLE_OPENS}((?:(?!{_SINGLE_OPENS})[^“”\"\n]){{3,600}}?[,.?!])['’](?!\w)")

# A title written short before a name. nupunkt 0.8 ends a sentence after the ones its model
# does not know ("said police Lt. | Mark Gagan.", "are Reps. | Stephen F. Lynch"); the ones it
# knows (Sgt., Gov., Sen., ...) are listed too, so the rule does not hang on the model's list.
# "Lt.-Gov." and "Lt.Col." are one token. Not "Del." (Delegate): it is mostly Delaware ending a
# sentence ("in Newark, Del. Two died").
SHORT_TITLES = ("Lt Lieut Rep Reps Sen Sens Gov Govs Gen Gens Maj Brig Col Capt Cmdr Comdr Cmdt Adm "
                "Sgt Cpl Pvt Pfc Spc Ens Det Supt Insp Atty Rev Msgr Ald Amb").split()
SHORT_TITLE = f"(?:{'|'.join(SHORT_TITLES)})"
TITLE_AT_END = re.compile(rf"(?:^|[\s(\"“])(?:Lt\.-?)?{SHORT_TITLE}\.$")
# An initialism ("U.N.", "N.C.A.A.", "anti-U.S."). nupunkt ends a sentence after one before any word
# its model learnt as a sentence's start, titles among them ("the U.N. | General Assembly", "the U.S. |
# Ambassador Nikki Haley"), and after one it does not know even before a word in lower case ("the
# N.C.A.A. | president").
INITIALISM_AT_END = re.compile(r"(?:^|[\s(\"“-])(?:[A-Z]\.){2,}$")
# An office's title written out, which after an initialism opens a name or an office ("U.S. Senator
# Ann Reyes", "U.S. Secretary of State").
OFFICE_TITLES = frozenset(
    "Senator Representative Congressman Congresswoman Governor General Ambassador Secretary Attorney Judge "
    "Admiral Colonel Captain Commander Lieutenant Sergeant Detective Sheriff".split())
# nupunkt's learned abbreviations include ordinary words ("ill", "chaos", "month", "wall": 70
# pieces of the evaluation sets) and names ("utah", "iowa", "idaho", "york", "park", "barr"), and it
# keeps a sentence going after one when a capital follows that its model does not know to open
# sentences ("...was seriously ill. Kim has been...", "...and Utah. Education Secretary Ann Reyes
# said..."). Such a word ends a sentence; the abbreviations that do stand before a name
# (`ABBREVIATIONS`) are kept, and so is a capitalised word of two letters ("Mr", "St", "Co"). A
# closing quotation mark after the stop ends the sentence all the same ("called it “media
# nonsense.” Trump then spent..."), whatever the word: no abbreviation closes a quotation.
WORD_THEN_CAPITAL = re.compile(r"(?<=\s)([a-z]{2,}|[A-Z][a-z]{2,})\.(?P<quote_closed>[”\"])?\s+(?=[\"“‘']?[A-Z])")
LOWERCASE_ABBREVIATIONS = frozenset(
    "vs cf ca approx al viz incl asst rev rep reps sen gov gen jr sr st mt dept ext".split())
# Words that open a sentence but never a name: after one of these the title really did end
# the sentence ("...promoted him to Lt. The ceremony...").
SENTENCE_OPENERS = frozenset(
    "The A An He She It They We I You This That These Those There Their His Her Its Our My But And Or "
    "In On At For After Before When While If As So Then Yet Now Still".split()
)
SENTENCE_OPENER = f"(?:{'|'.join(SENTENCE_OPENERS)})"
# The calendar's names as running text writes them, capitalised and in order: the one table that
# cleaning, entities, the judge and the pipeline read dates with too.
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
MONTHS = "January February March April May June July August September October November December".split()
WEEKDAY_NAME = f"(?:{'|'.join(WEEKDAYS)})"
# A month in full, by its first three letters ("Oct.") or as "Sept". Every pattern reading it has a
# word's end or a stop after it, so no shorter form takes part of a longer one.
MONTH_NAME = f"(?:{'|'.join(dict.fromkeys([*MONTHS, *(month[:3] for month in MONTHS), 'Sept']))})"
# "Senate Leader Ann Reyes, R-Ky., asked on Tuesday", "Mr. Obama asked his daughters", "The
# senator said at a news conference": a speaker, a verb of saying and at most when, where or whom.
# After a quoted question or exclamation ('…change the rules?” Reyes asked.') nupunkt starts a new
# sentence at the capital; the attribution belongs to the quotation. The clause stops before a
# verb's object clause ("Reyes said that…", "said Tuesday the plan failed").
_SPEAKER = (r"(?:(?:[Hh]e|[Ss]he|[Tt]hey)|(?:The|A|An)(?:\s+[a-z][\w-]*){1,2}|"
            r"(?:(?:[A-Z][\w’'.-]*|of|de|van|von)\s+){0,6}[A-Z][\w’'.-]*(?:,\s+[^,“”\"]{1,80}?,)?)")
# Not "comments" or "states": mostly nouns ("his comments", "the United States"); nor "declares",
# which the dev sets write only for what something is deemed ("whom the executive declares to be
# an “enemy”"), never after a quotation.
SAYING_VERBS = ("said says added adds wrote writes tweeted continued explained noted recalled replied answered "
                "responded exclaimed wondered shouted yelled quipped joked insisted insists argued argues commented "
                "warned warns stated declared").split()
SAYING = f"(?:{'|'.join(SAYING_VERBS)})"
# A word of a name, a place or a time, not one that opens a clause ("told reporters that…").
_PLAIN_WORD = r"(?!(?:that|whether|if|who|whom|which|what|how|why|about|is|was|were|are|would|will|had|has)\b)[\w’'.-]+"
_ASKING = rf"(?:asked|asks|told|tells)(?:\s+(?:(?:his|her|their|the)\s+)?{_PLAIN_WORD}){{0,3}}?"
_WHEN_OR_WHERE = (rf"\s+(?:(?:on|early|late|last|this)\s+)?(?:{WEEKDAY_NAME}|today|yesterday|tonight|night|morning|afternoon|evening|week)"
                  rf"|\s+(?:in|at|on|of|during|to|from|with|via)\s+(?:(?:a|an|the|his|her|their|its)\s+)?{_PLAIN_WORD}(?:\s+{_PLAIN_WORD}){{0,3}}?")
ATTRIBUTION_CLAUSE = re.compile(rf"^{_SPEAKER}\s+(?:{SAYING}|{_ASKING})(?:{_WHEN_OR_WHERE}){{0,3}}(?=[.,])")
QUOTED_QUESTION_END = re.compile(r"[?!][”\"]$")
# A quotation right after an attribution clause, which its verb says ('Ms. Ortiz replied, “Not on the
# record.”'): then the clause introduces that quotation, not the question before it.
QUOTATION_NEXT = re.compile(r"[,:]?\s*[“\"]")
# A state or province written short after a place ("Chappaqua, N.Y.", "Springfield, Ill.", "Oakville,
# Ont."), as AP style writes it; Washington, D.C. too. Mid-sentence a comma follows it ("Chappaqua,
# N.Y., police said"). Each without its last full stop. A closed list, not a shape: a capitalised
# short word after a comma is as often a name spoken to ("Congratulations, Amy.") or a title ("Gen.").
STATE_ABBREVIATIONS = (
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev N.H N.J "
    "N.M N.Y N.C N.D Okla Ore Pa R.I S.C S.D Tenn Tex Vt Va Wash W.Va Wis Wyo D.C "
    "Alta B.C Man N.B Nfld N.S Ont P.E.I Que Sask".split())
# Courtesy titles before a name ("Mr. Lund", "Ms Park", "Miss Ames"), each with the pronoun it says
# is that person's ("Dr" says none): the one table of them that splitting, entities, quotes and the
# summarizer read.
COURTESY_PRONOUNS = {"Mr": "he", "Mrs": "she", "Ms": "she", "Miss": "she", "Dr": None}
# The words written short that go on into the next word: `LOWERCASE_ABBREVIATIONS`, and capitalised
# titles, states, months and weekdays, a firm's or a place's kind ("Warner Bros. Pictures", "Fifth Ave. Police").
ABBREVIATIONS = LOWERCASE_ABBREVIATIONS | frozenset([
    *SHORT_TITLES, *COURTESY_PRONOUNS, *(state for state in STATE_ABBREVIATIONS if "." not in state),
    *(month[:3] for month in MONTHS if len(month) > 3), "Sept", *(day[:3] for day in WEEKDAYS), "Tues", "Thur", "Thurs",
    *(word.capitalize() for word in LOWERCASE_ABBREVIATIONS),
    *"Inc Corp Ltd Bros Drs Dep Cong Con Res Ave Blvd Hwy Univ Prof Dept Govt Assn Sec Hon Pres Est Fig Vol Nos Messrs".split()])
# A courtesy title opens a name, so it is no word in SENTENCE_OPENERS; but no time or place
# written short goes on into one ("4 a.m. Mr. Lund", "Chappaqua, N.Y. Mr. Lund").
COURTESY_TITLE = rf"(?:{'|'.join(COURTESY_PRONOUNS)})\."
# "…at about 4 a.m. A spokesman said…", "…her home in Chappaqua, N.Y. Mr. Gowdy had asked…":
# nupunkt reads the capital after "a.m." or a state's abbreviation as a name or a time zone
# ("4 p.m. Eastern", "a.m. Tuesday", "Washington, D.C. Newseum", "N.Y. Police Department" rightly
# go on); a word that opens sentences and no name ("It", "I’m"), or a courtesy title, starts a new
# one, even inside an opening quotation mark ('Lexington, Ky. "We lost').
_PLACE_STATE = rf",\s(?:{'|'.join(map(re.escape, STATE_ABBREVIATIONS))})\."
TIME_OR_PLACE_THEN_OPENER = re.compile(
    rf"(?:\b[ap]\.m\.|{_PLACE_STATE})"
    rf"(?=\s+[{OPENING_QUOTES}]?(?:{SENTENCE_OPENER}|{COURTESY_TITLE})[\s’'])")
# Two sentences a lost paragraph break or space glued together ("Christie said.New York City
# officials said", "declared states of emergency.If it", "beginning Saturday.In addition", "in
# collaboration with the Nazis.A spokesman", "the Detention Center.Sealey also said"): a word or a
# number, a full stop and a capitalised word or "A" or "I" with no space between; or a colon after a
# word in lower case, where a list's lead-in lost its list ("arrested were:All 10 were"). nupunkt
# reads that as one token. Not a name's or an address's dot: "St.Louis", "U.S.A", "Ph.D" and "e.g."
# open on a word of two letters, another capital or a single letter, a domain's suffix ("Yahoo.Com")
# is no word that opens a sentence, and a title goes on into its name ("Mrs.Lee", "Sen.Reyes").
GLUED_SENTENCES = re.compile(
    rf"(?<![\w.@/'’-])(?:[a-z]{{2,}}[.:]|\d{{2,}}\.|(?!(?:{SHORT_TITLE}|{'|'.join(COURTESY_PRONOUNS)})\.)[A-Z][a-z]{{2,}}\.)"
    r"(?=[A-Z][a-z]|[AI]\s)(?!(?:Com|Org|Net|Gov|Edu)\b)")
# A word in capitals ending a sentence ("...local time in Washington DC. Existing users", "...go to
# AA. It helps"): nupunkt learnt some ("dc", "ceo") as abbreviations and runs on over the capital
# after them. An initialism with stops ("U.S. Army") goes on into a name (`INITIALISM_AT_END`).
CAPITALS_THEN_SENTENCE = re.compile(r"(?<![\w.&'’-])[A-Z]{2,5}\.(?=\s+[\"“]?[A-Z][a-z])")
# "...in Washington, D.C. Jackson's wife spent...", "...in Fresno, Calif. Authorities are...", "...in
# southeast Washington, D.C. Ann Reyes died...": after a place's state, up to three capitalised words
# that a word in lower case or a possessive follows are a clause's subject; a name goes on in capitals
# ("Washington, D.C. Admission Act") and a weekday is the sentence's time ("Arlington, Va. Tuesday
# night"). After "the" the place names the kind of what follows ("the Fresno, Calif. Police
# Department said"), as it does before a word in lower case ("Washington, D.C. police said").
PLACE_THEN_SUBJECT = re.compile(
    rf"{_PLACE_STATE}(?=\s+(?!{WEEKDAY_NAME}\b)(?:[A-Z][a-z]+\s+){{0,2}}[A-Z][a-z]+(?:['’]s)?\s+[a-z])")
# A place after "the", up to its state (searched in the text before the state).
PLACE_AFTER_THE = re.compile(r"\b[Tt]he [A-Z][\w.'’-]*$")

# The dashes sites set a clause, a dateline or an attribution off with, besides the hyphen-minus
# ("-", "--"), which is also a hyphen and a minus and is read apart: the em and en dashes, the
# horizontal bar HuffPost writes ("WASHINGTON ― The …"), the figure dash, the small em dash and the
# two- and three-em dashes. The one class of them that cleaning and splitting read.
DASHES = "—–―‒﹘⸺⸻"
# A dash opening a piece inside a paragraph: nupunkt cut before it after a stop, but a dash goes on
# with the sentence before ("…like Al Franken, right? — I personally would have…", "…Rep. Ann Reyes
# (D-Calif.) — looks to…", "…D-N.Y. -- all of whom…") or names who said the quotation before it
# ('…a mistake.” — columnist Jo Penn'); it opens no sentence. Not a minus before a number ("-5").
DASH_OPENS = re.compile(rf"^(?:[{DASHES}]|-{{1,2}}(?!\d))")
# A text's last stop, before any closing marks: a line that ends as a sentence (the cleaner's
# tests), and a text shown with no mark of a cut added (`shown_text`), the mark of a cut the site
# made itself counting ("…whom they shot and killed after...", `summarize.CUT_END`).
STOP_AT_END = re.compile(r"[.!?…][\"'”’)\]]*$")


def quote_left_open(text: str, quote_open: bool = False) -> bool:
    """Whether a quotation is open after `text`, given whether one was before it: “ opens and ”
    closes; a straight mark opens where it starts a word (at the start, or after a space or an
    opening bracket or dash) and closes elsewhere, since scrapes mix the two kinds ("“...in
    November.") and lose the mark that opened ("...until November," the mayor said.)."""
    for at, mark in ((m.start(), m.group(0)) for m in QUOTE_MARKS.finditer(text)):
        if mark == '"':
            starts_word = (at == 0 or text[at - 1].isspace() or text[at - 1] in f"([-{DASHES}") and \
                at + 1 < len(text) and not text[at + 1].isspace()
            quote_open = starts_word
        else:
            quote_open = mark == "“"
    return quote_open


def _unmatched_parentheses(text: str) -> tuple[int, int]:
    """How many ")" in `text` close a parenthesis opened before it, and how many "(" it leaves open."""
    closes_before = opened = 0
    for mark in re.findall(r"[()]", text):
        if mark == "(":
            opened += 1
        elif opened:
            opened -= 1
        else:
            closes_before += 1
    return closes_before, opened


def parenthesis_left_open(text: str) -> bool:
    """Whether `text` opens a parenthesis it does not close ("Rep. Ann Reyes (D-Ill.")."""
    return "(" in text and _unmatched_parentheses(text)[1] > 0  # most sentences have none: skip the scan


def _closes_parenthesis(piece: str, following: str) -> bool:
    """Whether `following` closes a parenthesis `piece` left open: a stop inside it ("(D-Ill.), is
    set to…") ends no sentence."""
    return parenthesis_left_open(piece) and _unmatched_parentheses(following)[0] > 0


def _joined(piece: str, following: str) -> str:
    """Two pieces of one sentence as one; no space before a closing bracket or comma ("(D-Ill.),")."""
    return f"{piece}{'' if following[:1] in ')],;:' else ' '}{following}"


def is_attribution(text: str) -> bool:
    """Whether `text` is only a speaker and a verb of saying ("Senate Leader Ann Reyes, R-Ky., asked
    on Tuesday."): the attribution of a quotation in another sentence, stating nothing itself."""
    if not text.endswith(".") or QUOTE_MARKS.search(text):  # cheap checks first: most sentences fail them
        return False
    match = ATTRIBUTION_CLAUSE.match(text)
    return bool(match) and text[match.end():] == "."


def _attributes_quoted_question(piece: str, following: str) -> bool:
    """Whether `following` attributes the question or exclamation quoted at the end of `piece`
    ('…change the rules?” Reyes asked on Tuesday.', '…?” Reyes said, her voice rising.'), even where it
    goes on to quote someone else ('…?” Reyes asked, turning to Lund, who replied, “Sure.”'); not where
    its own verb introduces a quotation of its own ('“Any comment?” Ms. Ortiz replied, “Not now.”')."""
    if not QUOTED_QUESTION_END.search(piece) or quote_left_open(piece):
        return False
    clause = ATTRIBUTION_CLAUSE.match(following)
    return bool(clause) and not QUOTATION_NEXT.match(following, clause.end())


def _names_after_title(piece: str, following: str) -> bool:
    """Whether `piece` ends in a title that the capitalised name opening `following` goes with."""
    first_word = following.split(maxsplit=1)[0]
    return bool(TITLE_AT_END.search(piece)) and first_word[0].isupper() and first_word not in SENTENCE_OPENERS


def _continues_initialism(piece: str, following: str) -> bool:
    """Whether `following` goes on with the name or sentence of the initialism `piece` ends in: the
    initialism stands alone, a word in lower case follows it, or an office's title before a name."""
    if not INITIALISM_AT_END.search(piece):
        return False
    words = following.split(maxsplit=2)
    return (" " not in piece or following[:1].islower()
            or words[0] in OFFICE_TITLES and len(words) > 1 and (words[1][:1].isupper() or words[1] == "of"))


def _split_where_nupunkt_ran_on(piece: str) -> list[str]:
    """`piece` cut after each word that nupunkt took for an abbreviation, after "a.m.",
    "p.m." or a place's state before a sentence's opening word, after a word in capitals before a
    capitalised one, and between sentences glued without a space."""
    cuts = sorted([m.end() for m in WORD_THEN_CAPITAL.finditer(piece)
                   if m.group("quote_closed") or m.group(1) not in ABBREVIATIONS]
                  + [m.end() for pattern in (TIME_OR_PLACE_THEN_OPENER, CAPITALS_THEN_SENTENCE) for m in pattern.finditer(piece)]
                  + [m.end() for m in PLACE_THEN_SUBJECT.finditer(piece) if not PLACE_AFTER_THE.search(piece, 0, m.start())]
                  + [m.end() for m in GLUED_SENTENCES.finditer(piece)
                     if m.group(0)[:-1] not in LOWERCASE_ABBREVIATIONS])
    return [piece[start:end].strip() for start, end in zip([0, *cuts], [*cuts, len(piece)])]


def _join_pieces_of_one_sentence(pieces: list[str]) -> list[str]:
    """`pieces` with each joined to the one before where nupunkt cut one sentence: after a title
    before its name, after an initialism the name or sentence goes on from (`_continues_initialism`),
    at a stop inside parentheses, after a quoted question before its attribution, and before a colon,
    semicolon, comma or dash (`DASH_OPENS`), which open no sentence ("a book titled Pay Up!: How to...")."""
    joined: list[str] = []
    for piece in pieces:
        if joined and (piece[:1] in ",;:" or DASH_OPENS.match(piece) or _names_after_title(joined[-1], piece)
                       or _continues_initialism(joined[-1], piece) or _closes_parenthesis(joined[-1], piece)
                       or _attributes_quoted_question(joined[-1], piece)):
            joined[-1] = _joined(joined[-1], piece)
        else:
            joined.append(piece)
    return joined


def _join_single_quoted(paragraph: str, pieces: list[str]) -> list[str]:
    """`pieces` (in order, each as written in `paragraph`) with each that starts inside a quotation
    in single marks (`SINGLE_QUOTED`) joined to the one before, up to `MAX_QUOTE_SPAN` joined; a
    piece not found as written joins nothing."""
    if "'" not in paragraph and "‘" not in paragraph:  # most paragraphs: skip the search
        return pieces
    spans = [m.span() for m in SINGLE_QUOTED.finditer(paragraph)]
    joined: list[str] = []
    cursor = times = 0
    for piece in pieces:
        at = paragraph.find(piece, cursor)
        inside = at > 0 and overlaps_any(spans, at, at)  # opened before the piece, closed after its start
        if joined and inside and times < MAX_QUOTE_SPAN:
            joined[-1] = _joined(joined[-1], piece)
            times += 1
        else:
            joined.append(piece)
            times = 0
        cursor = at + len(piece) if at >= 0 else cursor
    return joined


def overlaps_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of `spans` (offsets in order, none overlapping) starts before `end` and ends after
    `start`. Only the first to end after `start` may (the next ones start after it): a search of all
    of them for each piece or quotation made a long paragraph of many quotations cost the product of
    the two."""
    first = bisect.bisect_right(spans, start, key=lambda span: span[1])
    return first < len(spans) and spans[first][0] < end


def _nupunkt_pieces(paragraph: str) -> list[str]:
    """nupunkt's sentences of `paragraph`, each cut where nupunkt ran on (`_split_where_nupunkt_ran_on`)."""
    import nupunkt

    return [s for p in nupunkt.sent_tokenize(paragraph) if p.strip() for s in _split_where_nupunkt_ran_on(p.strip())]


def sentence_pieces(paragraph: str) -> list[str]:
    """Sentences of one paragraph, a quotation that spans sentences still in pieces: nupunkt's, cut
    where it ran on and joined where it cut one sentence (`_join_pieces_of_one_sentence`)."""
    return _join_pieces_of_one_sentence(_nupunkt_pieces(paragraph))


def split_paragraph(paragraph: str) -> list[str]:
    """Sentences of one paragraph; a quote that spans sentences stays with its attribution, in
    double marks or single ones (`SINGLE_QUOTED`)."""
    pieces = _join_pieces_of_one_sentence(_join_single_quoted(paragraph, _nupunkt_pieces(paragraph)))
    sentences: list[str] = []
    may_run_on = False  # whether the last sentence's open quotation may take in the next pieces
    joined = 0
    for piece in pieces:
        quote_open = bool(sentences) and quote_left_open(sentences[-1])
        opens_with_quote = bool(QUOTE_OPENS_SENTENCE.match(piece))
        if quote_open and may_run_on and not opens_with_quote and joined < MAX_QUOTE_SPAN:
            sentences[-1] = f"{sentences[-1]} {piece}"
            joined += 1
        else:
            # A quotation mark and a capital while a quotation is open: either the open one was
            # never closed, or this mark closes it, misplaced by the scrape ('...is wrong. "Perry
            # is referring'). Either way a new sentence starts here; but a straight leading mark
            # may be a closing one, so it opens no quotation that runs on over the narrative after it.
            may_run_on = not (quote_open and piece.startswith('"'))
            sentences.append(piece)
            joined = 0
    return sentences


def split_article(article: Article, article_index: int = 0) -> list[Sentence]:
    """All sentences of a cleaned article, numbered in reading order, a run of more than
    MAX_SENTENCE_WORDS words with no sentence end in pieces (`bounded`)."""
    sentences: list[Sentence] = []
    for paragraph_number, paragraph in enumerate(p for p in re.split(r"\n+", article.text) if p.strip()):
        for text in (piece for sentence in split_paragraph(paragraph) for piece in bounded(sentence)):
            sentences.append(Sentence(text, article_index, len(sentences), paragraph_number))
    return sentences


def bounded(sentence: str) -> list[str]:
    """The sentence, or where it runs over MAX_SENTENCE_WORDS words, its words in pieces of that many."""
    if len(sentence) <= MAX_SENTENCE_WORDS or len(words := sentence.split()) <= MAX_SENTENCE_WORDS:
        return [sentence]
    return [" ".join(words[start:start + MAX_SENTENCE_WORDS]) for start in range(0, len(words), MAX_SENTENCE_WORDS)]


def shown_text(text: str) -> str:
    """A sentence as the reader sees it, in the brief and the cross-source view alike: one the site cut
    off mid-sentence ("…was sentenced to three years in", `summarize.cut_off_at_end`), or a headline's
    words, ends on "…", so that no one takes the cut for the end of what was said; one the site
    already ended on its own "…" (`STOP_AT_END`) is shown as it is, not with a second."""
    return text if STOP_AT_END.search(text) else text + "…"
