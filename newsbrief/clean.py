"""Clean scraped articles: keep the story, drop the site around it, keep what the junk tells.

The cleaner works line by line (a scraped line is a paragraph). Each line gets a label, either
`content` or the kind of junk it is (`nav`, `byline`, `caption`, ...), from a list of small
named rules. Bylines, datelines, copyright and republication notices are junk in the text, but
what they say (author, date, outlet, original publisher) is kept on the `Article`.
Whole documents that are only archive or site boilerplate are recognised and dropped.
"""
from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import datetime

try:
    from re import _parser as regex_parser  # Python 3.11+
except ImportError:  # Python 3.10
    import sre_parse as regex_parser

from .models import Article, Cluster
from .render import count
from .sentences import (DASHES, INITIALISM_AT_END, MONTH_NAME, QUOTE_MARKS, SAYING, SENTENCE_OPENER, STOP_AT_END,
                        TITLE_AT_END, WEEKDAY_NAME, sentence_pieces)

CONTENT = "content"

# Agency and outlet abbreviations seen in lead-ins such as "(MEE) —".
OUTLET_ALIASES = {
    "AP": "Associated Press",
    "AFP": "AFP",
    "CNN": "CNN",
    "DW": "DW",
    "MEE": "Middle East Eye",
    "REUTERS": "Reuters",
    "UPI": "UPI",
    "BBC": "BBC",
}

# A run of spaces, or a single space of another kind: a lone " " is left, as replacing it with
# itself on every line was most of the time `normalize` took.
_WS = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# A left single quotation mark right after a letter or digit, where some sites type their apostrophe
# ("Putin‘s comments", "don‘t", "House of Cards‘ final season"): no quotation opens inside or at
# the end of a word, so it is the apostrophe (’), which the splitter and the quote finder pass over.
_LEFT_MARK_AS_APOSTROPHE = re.compile(r"(?<=\w)‘")
# A backslash before a quotation mark or apostrophe ("\‘It’s the formula,” reports Axios", 'said \"no\"'):
# the escape of a string in a page's code, left by the scrape; no text writes one, and the splitter,
# the quote finder and the entities read "\‘It" as a word.
_ESCAPING_BACKSLASH = re.compile(r"\\+(?=[\"“”‘’'])")
# An ellipsis set as spaced stops (". . .", print style), which `normalize` writes as one ("..."),
# as sites mostly do: nupunkt and the summarizer's test for a cut-off lead (`summarize.CUT_END`)
# read that one, so a sentence broken off at either kind reads as cut ("The rules are a puzzle
# . . ."). Not a stop and an ellipsis, four dots where a sentence ended before what was left out
# ("... the missions. . . . Based on ...", "... the end . . . ."): that sentence is whole.
SPACED_ELLIPSIS = re.compile(r"(?<![.!?] )\. \. \.(?! \.)")
# What str.splitlines counts as one line break.
_LINE_BREAK = re.compile(r"\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# Markup left in a text (an HTML fragment saved as text, a pasted or posted page): the words a
# reader saw are kept, the markup and code are not. What a script, a style sheet or a comment
# holds was never shown, so it goes with its tags (its line breaks stay, as lines are numbered).
# A tag is what a browser takes for one of HTML's elements: "<", the name of one, on one line,
# attributes, ">". So "x<y", "vector<int>" and "<Dow>" are text, and so are "<<a farce>>" and
# "a<b and c>d": words in angle brackets, attributes that give no value (a real tag with
# attributes gives one: 'href="..."', 'class=x'). A comment left open runs to its line's end.
_HTML_ELEMENTS = frozenset("""a abbr address area article aside audio b base bdi bdo big blockquote body br button
    canvas caption center cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset
    figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input
    ins kbd label legend li link main map mark menu meta meter nav noscript object ol optgroup option output p param
    picture pre progress q rp rt ruby s samp script section select small source span strike strong style sub summary
    sup svg table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr""".split())
_ATTRIBUTE = r"""[^\S\n]+[^\s"'<>/=]+(?:[^\S\n]*=[^\S\n]*(?:"[^"\n]*"|'[^'\n]*'|[^\s"'=<>`]+))?"""
_QUOTED_ATTRIBUTE = r"""[^\S\n]+[^\s"'<>/=]+[^\S\n]*=[^\S\n]*(?:"[^"\n]*"|'[^'\n]*')"""
# An element of a namespace other than HTML's, a publishing system's or a word processor's
# ("<runtime:topic id=...>", "<o:p>", "</st1:place>"): a name with a prefix is no word of a text,
# so it is markup even where a scrape lost its "<" ('said.runtime:topic id="PLGEO1">New York'),
# as long as an attribute with a quoted value still marks it as a tag.
_NAMESPACED = r"[A-Za-z][\w-]*:[A-Za-z][\w.-]*"
_TAG = re.compile(rf"<(?P<name>[A-Za-z][A-Za-z\d]*)(?P<attributes>(?:{_ATTRIBUTE})*)[^\S\n]*/?>"
                  rf"|</(?P<end_name>[A-Za-z][A-Za-z\d]*)[^\S\n]*>|<!doctype\b[^<>\n]*>|<!--[^\n]*"
                  rf"|</?(?P<namespaced>{_NAMESPACED})(?:{_ATTRIBUTE})*[^\S\n]*/?>", re.IGNORECASE)
_NAMESPACED_TAG_WITHOUT_OPENING = re.compile(rf"(?<![\w<:/-]){_NAMESPACED}(?:{_QUOTED_ATTRIBUTE})+[^\S\n]*/?>")
_UNSHOWN_ELEMENT = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
# Tags inside a run of words ("<b>several</b>", "AT<sup>2</sup>"): removed without a space.
# Any other tag (a paragraph, a cell, a line break) parts words, and becomes a space.
_PHRASING_TAGS = frozenset("a abbr b bdi bdo big cite code data del dfn em font i ins kbd mark q s samp small span "
                           "strike strong sub sup time tt u var wbr".split())
# Only entities closed by ";": html.unescape alone also reads "&not" in "this&nothing".
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});")
_MONTH = rf"{MONTH_NAME}\.?"
DATE = re.compile(
    rf"(?:{WEEKDAY_NAME},?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})",
    re.IGNORECASE,
)
_TIME = re.compile(r"\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}T)?", re.IGNORECASE)
# A page's time stamps run onto the end of a line, as its headline: "... at hospital Posted: Monday,
# June 23, 2014 11:03 PM EDT Updated: Monday, August 18, 2014 11:03 PM EDT". Capitalised, as a
# label is: a sentence that ends "was posted on June 23, 2014" ends on a full stop anyway.
_TIME_STAMP = (rf"(?-i:Posted|Published|Updated|Last [Uu]pdated)(?: on| at)?:? {DATE.pattern}"
               rf"(?:,? (?:at )?{_TIME.pattern})?")
TIME_STAMP = re.compile(_TIME_STAMP, re.IGNORECASE)
# "WASHINGTON (Reuters) -", "(DW) —", "SCHERTZ, Texas -", "LOS ANGELES--", "(CNN)", "CAIRO |",
# "BEIJING/HOUSTON (Reuters) -" and "AUGUSTA, Ga. (WRDW/WAGT) –" (two places or stations sharing a story).
# Not a hyphen before a digit, which joins a name in capitals to its number ("COVID-19 cases rose",
# "A COVID-19 vaccine", "MS-13").
DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Z.'’ /]{2,}(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?\s*)?"
    rf"(?:\((?P<agency>[A-Za-z][\w .&'’/-]{{0,30}})\))?\s*(?:[{DASHES}|]|--|-(?!\d))\s*"
)
# "Charlottesville, VA - Monday, a judge ...", "Doha, Qatar - US officials ...", "Washington — The Senate
# voted ...": a place not in capitals, with its state or country after a comma or a single word alone,
# is a dateline before a spaced dash and a sentence's start. Not a sentence's opening word ("Still,
# Democrats — ..."), nor an aside set off by two dashes ("Jo Penn — The mayor's aide — said"), nor a
# place read on by a hyphen ("Paris, France - based firms").
_CAPITALISED_WORDS = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}"
_SPACED_DASH = rf" (?:[{DASHES}]|--?) "
PLACE_DATELINE = re.compile(
    rf"^(?!{SENTENCE_OPENER}\b)(?P<city>[A-Z][a-z][\w'’-]*|{_CAPITALISED_WORDS}, {_CAPITALISED_WORDS})(?P<agency>)"
    rf"{_SPACED_DASH}(?=[A-Z\"“‘])(?![^.!?\n]*{_SPACED_DASH})")
# "GAZA/JERUSALEM Israel's cabinet ...", "JAKARTA/PANGKALAN BUN, Indonesia Search teams ...": places in
# capitals joined by a slash are a dateline even with no dash after them, as no sentence opens so.
_PLACE_IN_CAPITALS = r"[A-Z]{3,}(?: [A-Z]{2,})*"
SLASHED_DATELINE = re.compile(
    rf"^(?P<city>{_PLACE_IN_CAPITALS}(?:/{_PLACE_IN_CAPITALS})+(?:, [A-Z][a-z]+)?)(?P<agency>) (?=[A-Z][a-z]|[\"“])")
# A lead-in set in capitals, as some papers set a story's first words ("THE UNITED STATES is
# counting ...", "EVER SINCE 2016, when ...", "CHINA AND THE WORLD Health Organization could ..."):
# a type style, not words in capitals of their own. Two words or more in capitals before a word
# not in capitals (in lower case, a name, a number), one of them of LEAD_IN_WORD_LETTERS letters or
# more, as acronyms in a row are shorter ("A US judge", "A CNN moderator"). A label or a dateline
# ends on a colon or a dash ("JUST IN: ...", "BEIRUT, LEBANON –"), a headline in capitals ends
# its sentence in them.
CAPITALS_LEAD_IN = re.compile(r"^[A-Z][A-Z’'-]*(?: [A-Z][A-Z’'-]*)+(?= (?:[A-Z]?[a-z]|\d))")
LEAD_IN_WORD_LETTERS = 5
_WORD = re.compile(r"[\w’'-]+")
# "(AP) Police said ...", and CNN's lead with no space after it: "(CNN)The United States is ...".
AGENCY_LEAD = re.compile(r"^\((?P<agency>[A-Z][\w .&'’-]{0,30})\)\s*(?=[A-Z\"“‘'])")
# "Washington (CNN) --", "Seoul, South Korea (CNN)": a place not in capitals is a lead-in only
# before a known agency, or "President Trump (R)" would be one too, perhaps with the agency's
# section after it ("New York (CNN Business)", "Washington (CNN Politics)"); or with the day after
# the place, before any outlet's name ("WASHINGTON, May 20 (Reuters) ―", "Riverton, March 3 (Valley
# News) -"), as no sentence opens on a name and a date.
PLACE_AGENCY_LEAD = re.compile(
    rf"^(?P<city>{_CAPITALISED_WORDS}(?:, {_CAPITALISED_WORDS})?)"
    rf"(?P<date>, {_MONTH} \d{{1,2}})? "
    rf"\((?P<agency>(?(date)[A-Z][\w .&'’-]{{0,30}}|(?:{'|'.join(OUTLET_ALIASES)})(?: (?-i:[A-Z][a-z]+))?))\)"
    rf"\s*(?:(?:[{DASHES}]|-{{1,2}})\s*)?(?=[A-Z\"“‘'])",
    re.IGNORECASE,
)
# The outlet a byline names after its writer: "By Jane Doe, Riverton Gazette", "By Jo Penn of the
# Valley Courier": capitalised words to the line's end, but not a name's suffix or a writer's title
# (`WRITER_TITLE`: "By Jane Doe, Staff Writer", "By Jo Penn, Jr."), nor a place ("By Jo Penn of Leeds").
BYLINE_OUTLET = re.compile(r"^(?P<writer>.+?)(?:\s*,\s*| of the )(?P<outlet>(?:The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4})$")
WRITER_TITLE = re.compile(r"\b(?:staff|writer|reporter|correspondent|editor|columnist|contributor|producer|intern|fellow|"
                          r"analyst|photographer|special|senior|chief|jr|sr|ii|iii|iv|m\.?d|ph\.?d)\b", re.IGNORECASE)
# Newsletter section labels (Axios style) glued to the sentence they introduce: "Why it
# matters: Virtually every poll ...", at a paragraph's start or, where a site ran its
# paragraphs together (NeuS leads), after a sentence. Only labels found in the real data, each
# also after "The" ("The state of play:", "The bottom line:"). A label may name whose analysis
# follows ("Why it matters, via Axios' Jo Penn: ..."). Axios writes "Yes, but:" also without its
# comma, and "Why it matters:" once without its "s". CNN's "Story highlights" heads its bullet
# points without a colon, glued to the first one.
_APOSTROPHE = "['’]"
SECTION_LABELS = re.compile(
    r"(?:(?:^|(?<=[.!?\"”’] ))(?:(?:The (?=[a-z])|(?=[A-Z]))(?i:Why it matters?|Driving the news|Big picture|State of play|"
    rf"Between the lines|Bottom line|Yes,? but|What{_APOSTROPHE}s next|What{_APOSTROPHE}s happening|What happened|"
    rf"What they{_APOSTROPHE}re saying|What we{_APOSTROPHE}re hearing|By the numbers|The numbers|Be smart|Reality check|"
    r"The latest|Details|Context)(?:, via [A-Z][^:.!?]{1,60})?: )+"
    r"|^Story [Hh]ighlights )(?=[A-Z\d\"“‘'])",
    re.MULTILINE,
)
# An editor's label for what was added to a story, with its date or time: "UPDATE: September 6,
# 2011 1:45 p.m.: Andrea Lee wrote ...", "UPDATE 2:52 p.m. -- Records showed ...", "[UPDATE August
# 23, 2016] Police have ...", "Update, 21 April: The court ...", "Updated: Rick Santorum ...". What
# follows is the story's text and stays; capitalised and closed by a colon, a dash or a bracket, as
# no sentence opens ("Updates to the app ..." has none).
_WHEN = rf"(?:{DATE.pattern}|(?:\d{{1,2}} {_MONTH}|{_MONTH} \d{{1,2}})(?:,? \d{{4}})?|{_TIME.pattern})"
_UPDATE_SEPARATOR = rf"\s*(?::|-{{1,2}}|[{DASHES}\]])\s*"
UPDATE_LABEL = re.compile(rf"^(?:\[?(?:UPDATED?|Updated?)(?:,? {_WHEN}){{0,2}}{_UPDATE_SEPARATOR}(?:{_WHEN}(?: {_WHEN})?{_UPDATE_SEPARATOR})?)+"
                          r"(?=[A-Z\"“‘'])")
# An editor's pointer from a page to a later version of its story ("Read the updated story here."):
# the update before it supersedes the text below.
UPDATED_STORY_POINTER = re.compile(r"\b(?:read|see|view)\b[^.!?]{0,40}\b(?:updated|latest) (?:story|article|version)\b[^.!?]*[.!?]?",
                                   re.IGNORECASE)
# An update is a few sentences: a longer paragraph is the story, perhaps a whole page on one line.
MAX_UPDATE_CHARACTERS = 1500
# A reprint's label with the date the piece first ran, glued to its first sentence: "ORIGINALLY
# PUBLISHED MARCH 2019: The council voted ...", "PUBLISHED JUNE 4, 2020: Flood waters ...",
# "Published on 3 May 2018: ...". The date is asked for, month and year at least, in any case: no
# sentence opens on "Published" and a date before a colon. (A line opening "Originally published
# on ..." goes whole, as a republication note, and a short one opening "Published" as a byline.)
_REPRINT_DATE = rf"(?i:{DATE.pattern}|{_MONTH},? \d{{4}})"
REPRINT_LABEL = re.compile(rf"^(?i:(?:originally |first )?published(?: on)?) {_REPRINT_DATE}{_UPDATE_SEPARATOR}(?=[A-Z\"“‘'])")
# A syndicating site's note naming the piece and the site it first ran on, glued to its first
# sentence: "Who is Jo Penn? originally appeared on abcnews.go.com Her friends ...". "originally"
# in lower case after the headline, and a host name, not an outlet's, before a capital: a
# sentence tells where a story "originally appeared" in words ("on ABC News' website").
REPRINT_NOTE = re.compile(r"^[^\n]{0,200}? originally appeared on (?:[\w-]+\.)+[a-z]{2,}(?:/\S*)? (?=[A-Z\"“‘'])")
# A source's or a section's name set before a paragraph's first sentence with no stop between
# ("Boston Globe The sale to ...", "Analysis The letter ...", "Analysis This could be ...", "View
# Images An artist's ..."): capitalised words, then "The", "An", "This" or "These" and a word in
# lower case, which no sentence holds after a name. "A" only after two words: "Exhibit A for this
# ..." and "Plan A is ..." are sentences.
_ARTICLE_OPENING = r"(?:The|An|This|These) [a-z]"
GLUED_LABEL = re.compile(rf"^(?:[A-Z][\w.&'’-]* ){{1,4}}(?={_ARTICLE_OPENING})|^(?:[A-Z][\w.&'’-]* ){{2,4}}(?=A [a-z])")
# A headline run into the story's first sentence with only a run of spaces between them, as NeuS
# gives a lead now and then ("'Everything is burning': History ablaze at Notre Dame  The famed Notre
# Dame cathedral ..."): the spaces are where the page broke the line. `normalize` makes them one, so
# the text is read for it before. Only before a sentence opening as a glued label's does (on an
# article, "This" or "These"): the other runs of spaces after a lead's first words in the data fall
# inside its sentence ("... in Alabama's  Republican Senate primary runoff.").
GLUED_HEADLINE = re.compile(rf"^[^\S\n]*(?P<headline>[^\n]+?)[^\S\n]{{2,}}(?={_ARTICLE_OPENING}|A [a-z])")
# References of a report carried into the text: figure and table references right before
# punctuation ("... in 32 states (Figure).", "(Figs. 3d, 4f)"), footnote numbers in brackets
# glued to the text ("... or Mac[1].", "pregnancy.[15][16]") or before punctuation. A number in
# parentheses before punctuation is a reference only where the text has several ("... children
# (1). ... (EV-D68) (2)."): one alone is more often an age ("She is young (32), ..."). An
# enumeration, "(1) the tax (2) the fee", is followed by words, and a footnote itself ("[1]
# Requires an account") starts its line.
_FIGURE_NAME = r"(?:Supplementary )?(?:Figures?|Figs?\.|Tables?)"
_FIGURE_NUMBER = r"S?\d+[A-Za-z]?(?:[–-][A-Za-z\d]+)?"  # 3, 3a, 1a–c, S2
_FOOTNOTES = r"(?:\[\d{1,3}(?:[,–-]\d{1,3})*\])+"
REFERENCE_MARKER = re.compile(
    rf"(?<=\S){_FOOTNOTES}|"
    rf" ?(?:\((?:see )?{_FIGURE_NAME}(?: {_FIGURE_NUMBER})?(?:(?:, |; | and ){_FIGURE_NAME}? ?{_FIGURE_NUMBER})*\)|{_FOOTNOTES})"
    r"(?=[.,;:!?\"”’)]|$)",
    re.MULTILINE,
)
NUMBERED_REFERENCE = re.compile(r" \(\d{1,3}(?:[,–-] ?\d{1,3})*\)(?=[.,;:!?]|$)", re.MULTILINE)
# A name and nothing else: capitalised words (a number, "5th"), the small words inside names
# ("Court of Appeals for the D.C."), commas, an opening mark. At a text's end after an initialism
# or a title, where the site cut its text at a stop its splitter took for a sentence's end ("Judge
# Jo Penn of the U.S. Court of Appeals for the D.C.", "Republican Gov.", "On Wednesday, the Ninth
# U.S."), it is the cut head of a sentence, with no verb: no sentence of the story.
NAME_WORDS_ONLY = re.compile(r"^(?:[\"“(]?(?:[A-Z\d][\w.'’-]*|of|the|for|and|on|in|at|to),?(?: |$))+$")
URL = re.compile(r"https?://|www\.[a-z]|\b[\w.-]+\.(?:com|org|net|co\.uk)/\S", re.IGNORECASE)
LEADING_SEPARATOR = re.compile(r"^[/|]\s*(?=\w)")
# A list's dash opening a paragraph, glued to its words or not ("-In the past twenty years, ...", "- On
# Monday, ..."): no word of the sentence. Not before a digit, where it may be a minus ("-5 degrees").
LIST_DASH = re.compile(r"^[-–]\s*(?=[A-Z\"“‘])")
# A quotation opening a paragraph with its mark doubled, as a site pasting a quoted passage into its
# own quote marks leaves it (`""We have learned ...," he said`): one mark opens it. Only at a
# paragraph's start: inside one, `there.""The` is a quotation's end and the next one's start.
DOUBLED_OPENING_QUOTE = re.compile(r'^""(?=\w)')
# The agencies a photographer's credit names after a slash: "Ana Ruiz/European Pressphoto Agency".
_PHOTO_AGENCY = (r"european pressphoto agency|associated press|agence france-presse|getty images|reuters|afp|ap|epa|"
                 r"bloomberg|pool|handout|zuma press|polaris")
# A photo described as it shows: someone doing something one can see, in the present tense, at
# an occasion or on a date that ends the sentence ("A woman waves a flag during a protest ...",
# "A ranger aims his gun at a lion on March 30.", "X listens during a hearing on May 17, 2013
# in Las Vegas."). News tells what happened in the past tense and what is planned in the
# present ("The council holds a vote on May 3", "Obama speaks in Ohio on June 2"), so only
# verbs of a pose or gesture count, not after a modal ("will wave"), in a clause ("When X
# walks ...") or where a sentence opens on no subject ("At one point during the hearing").
# A caption's second sentence is often the story's ("... on March 30. The lion had strayed
# ..."): the line goes as a whole.
_VISIBLE_ACTION = (r"(?:wave|gesture|smile|pose|kneel|point|aim|shout|chant|mourn|cr(?:y|ie)|weep|embrace|hug|kiss|"
                   r"greet|shake|salute|cheer|react|sit|walk|listen|carr(?:y|ie))(?:e?s)?")
_NOT_IN_SUBJECT = r"(?:will|would|to|can|could|may|might|must|should|shall|did|does|do|not|who|that|which)\b"
_NO_SUBJECT_OPENER = (r"(?:When|If|As|After|Before|While|Until|Once|Because|Although|Though|Since|Where|"
                      r"At|In|On|During|For|From|With|By)\b")
_DAY_OF_MONTH = rf"(?:{WEEKDAY_NAME},? )?{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?"
_OCCASION = (r"(?:during|at) (?:a|an|the) (?:[\w'’-]+ ){0,3}?(?:protest|rally|demonstration|vigil|march|funeral|"
             r"memorial|ceremony|parade|news conference|press conference|hearing|premiere|concert|game|match)\b")
_PHOTO_DESCRIPTION = (
    rf"^(?!{_NO_SUBJECT_OPENER})[A-Z][\w.'’-]*(?: (?!{_NOT_IN_SUBJECT})[\w.,'’-]+){{0,12}}? {_VISIBLE_ACTION}(?= )"
    rf"(?:[^.!?]|\b[A-Z][a-z]{{0,4}}\.)*?(?: {_OCCASION}|,? (?:on )?{_DAY_OF_MONTH}"
    r"(?:,? (?:in|at) [A-Z][\w.'’ -]{1,40}(?:, [A-Z][\w.'’ -]{1,30})?)?(?:\.(?= |$)|$))"
)
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b")
# A photo's credit inside a paragraph, where the scrape ran caption and story together: "(Image
# source: Bloomberg)", "(Photo: Jane Roe/AP)", "(Photo by ...)", "(AP Photo/...)", "(File photo)",
# "(Representational image)", and Politico's, after a bar: "... uniforms in 2005. | Getty", or The
# Hill's, after a copyright sign, between the headline it ran in and the lead ("Jo Penn wins
# runoff © Getty Jo Penn won ..."). A credit closes its caption, so the words before it are the caption.
INLINE_CREDIT = re.compile(
    r"(?<!\S)[|©] (?:AP Photo|Getty Images|Getty|Reuters|AFP)\b"
    r"|\((?:(?:AP|AFP|Reuters|Getty) )?(?:photo(?:graph)?|image|picture|pic)s?(?: source| credit)?"
    r"(?: ?[:/] ?| by | courtesy(?: of)? )[^()]{1,80}\)"
    r"|\((?:file(?: photo| picture| image)?|representational(?: image| photo| picture)?|"
    r"representative (?:image|photo|picture))\)",
    re.IGNORECASE,
)
# After an inline credit, what opens a new sentence; anything else runs on the credit's sentence.
OPENS_SENTENCE = re.compile("[A-Z\"“‘]")
PUNCTUATION_AFTER_WORD = ".,;:!?…"
# A verb telling what happened or will happen: news. "-ed" after "is"/"are" or before "by" is a
# caption's passive ("Protesters are detained by police", "X has his shot blocked by Y").
TOLD_AS_NEWS = re.compile(
    r"\b(?:was|were|had|did|said|told|went|came|made|took|gave|got|found|saw|knew|thought|became|"
    r"began|brought|bought|felt|held|kept|led|lost|met|paid|ran|sent|sold|spoke|stood|won|wrote|fell|"
    r"fought|caught|chose|drove|flew|grew|rose|struck|threw|broke|built|spent|meant|heard|taught|"
    r"sought|drew|fled|laid|sat|swore|wore|hid|stole|sank|slept|forgot|shook|dug|hung|dealt|rode|froze|will|would)\b|(?<!\bis )(?<!\bare )\b[a-z]{2,}ed\b(?! by\b)"
)
# Sentences only a web page says, run into a story's paragraph: a caption pointing at the photo
# beside it ("X is seen in this file photo.", "X is pictured at ..."; not "is seen as", nor "is
# seen in the video", which may report what a video shows), or a prompt to the reader ("Click
# here to ...", "For details, click here", "For all the latest Tech News, download the X App", "Follow us on Twitter").
# A prompt opens its sentence: "told staff to download an app", "to follow the law on" and "Like
# many on Twitter, she ..." are news.
_SENTENCE_START = r"(?:^|(?<=[.!?…\"”’)] ))"
# A link's anchor "here" after the name of the site it pointed to, with the space a scrape leaves
# where it drops a link before punctuation: "on Facebook here , Instagram here , and Reddit here .".
# Two in a sentence make it a list of links (one is "at the Galen Center here, and ...").
_LINK_ANCHOR = r"\b(?-i:[A-Z])[\w.’'-]* here [,.;]"
# The Hill's box of links after a person's name, run into the sentence: the name again in full,
# glued to headlines about the person, closed by "MORE" ("... Chairman Jo Penn Jo PennSenate
# acts on ... MORE (D-Ore.) said ..."), a nickname in it in parentheses ("Robert (Bo) Alan
# Lund"). The full name ends on the name the text gave just
# before it, after a title or a first name ("President Penn", "Jo Penn"), and the headlines
# end no sentence: "sang Ding Dong Ding Dong and ..." or "the Old Mill Old Mill Brewery. Guests
# asked for MORE" repeat a phrase, not a name. The text before is taken greedily, so that of
# the names before a box the last is the one it repeats ("Jo Penn Jo Penn": "Penn", not "Jo").
_NAME_WORD = r"[A-Z][\w.'’-]*"
LINK_BOX = re.compile(rf"^(?P<text>.*\b{_NAME_WORD} (?P<name>[A-Z][a-z][\w'’-]*)) (?:{_NAME_WORD} |\({_NAME_WORD}\) ){{1,3}}(?P=name)"
                      r"(?= ?[A-Z])(?:(?![a-z\d]\. ).){0,300}? MORE\b")
# MarketWatch's stock chip after a company's name: its ticker and the day's change, a signed
# percentage with two decimals ("Acme Corp. ACME, +0.54% shares rose"; "BP BP., +0.88% BP, +0.60%").
# News writes a change in words ("rose 0.5%"), not as a sign after a capitalised code.
TICKER_CHIP = re.compile(r"(?<=[\w.%]) [A-Z]{1,5}\.?, [+\-−]\d{1,3}\.\d\d%")
JUNK_SENTENCE = re.compile(
    r"\b(?:is|are) (?:seen|pictured|shown|photographed) (?:in|on) this (?:[\w,'’-]+ ){0,4}?"
    r"(?:photo(?:graph)?|picture|image|handout|screen ?grab|screenshot|frame grab|still)s?\b"
    r"|(?<!\bwho )(?<!\bthat )(?<!\bwhich )\b(?:is|are) pictured\b(?! as\b)"
    rf"|{_SENTENCE_START}(?:"
    r"(?:(?:to|for|if)\b[^,.]{0,60}, )?(?:please )?click here\b"
    r"|for (?:all )?the latest\b[^,]{0,60}, (?:download|follow|like|subscribe|visit|log on|click|sign up|join)\b"
    r"|(?:please |remember to )?download (?:the|our) (?:[\w'’-]+ ){0,4}app\b"
    r"|(?:please )?(?:follow (?:us|him|her|them|[\w.@ ]{1,40}?)|like us) on (?:twitter|facebook|instagram|linkedin|"
    r"youtube|tiktok|telegram|whatsapp|google news)\b"
    r"|follow us\b"
    # A call for tips: "Anyone with information about the suspects is asked to call 1-800-...", "If
    # you have any information on this theft, call Crime Stoppers at ...", "If you can identify the
    # woman or have other information, you're asked to call police at ...".
    r"|(?:anyone|those|people) with (?:[\w’'-]+ ){0,2}information\b[^.!?]{0,150}?\b(?:call|contact)\b"
    r"|if (?:you|anyone)\b[^.!?]{0,150}?\binformation\b[^.!?]{0,150}?\b(?:call|contact)\b"
    # A video's teaser: who speaks, by name and title only, and what about, with no verb of its own
    # ("Watchdog Director of Audits Jo Penn on how the agency lost track of its files.").
    r"|(?-i:[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|of|for|and|the)){1,10}) on (?:how|why|whether|what)\b"
    # An outlet's fixed line, set on every piece of a topic as its own note on a name it uses: The
    # Epoch Times' "COVID-19 is the disease caused by the CCP (Chinese Communist Party) virus."
    # Its story told in that name stays ("vaccinated against the CCP virus, which causes COVID-19").
    r"|covid-19 is the disease caused by the ccp (?:\(chinese communist party\) )?virus\b"
    # The outlet's note on its own article: how it was corrected or where it ran ("This story has been
    # corrected to show ...", "(This article was updated with ...)", "Correction: This article
    # originally misnamed ...", "This article appeared on page A10", "The date was wrong in an earlier
    # version of this story.", "An expanded version of this report appears on ..."), or what it tells the reader of
    # it ("You can watch the videos throughout this article.", "We are still checking the claims, so
    # this article is not comprehensive."), outside a quotation. "This article does not corroborate
    # ..." of another outlet's article, and "declined to comment for this story", are news.
    r"|\(?(?:[\w'’ ]{1,20}: )?this (?:article|story|post) "
    r"(?:(?:has been|was|originally|first) )?(?:updated|corrected|amended|revised|misnamed|misidentified|misstated|appeared|appears|published)\b"
    r"|(?:we|you)\b[^.!?\"“”]{0,120}\bthis (?:article|story|post)\b[^.!?\"“”]*[.!?](?![\"”’]))"
    r"|\bversion of this (?:article|story|report|post)\b"
    rf"|{_LINK_ANCHOR}[^.!?]*?{_LINK_ANCHOR}",
    re.IGNORECASE,
)
# What a scrape leaves of a link it dropped: a pointer to it in parentheses ("(see here)", "(read
# it here)", "(read all about her background here)", "(Read the entire story...CLICK HERE)"), and the space between the link's words and the punctuation after them ("Tara Penn ,
# the district attorney", "... $15 an hour ."), but not the spaces of an ellipsis that stays
# spaced before a stop (". . . .", `SPACED_ELLIPSIS`).
LINK_POINTER = re.compile(r" ?\((?:(?:see|click|read|watch|listen)\b[^()]{0,80}?\s|(?:details|more) )?here\)", re.IGNORECASE)
SPACE_BEFORE_PUNCTUATION = re.compile(r"(?<=[\w)\]\"”’]) +(?=[,.;](?:\s|$))(?!\. \.)")


# Screening. A search that ignores case runs the whole pattern at every position of the text (no
# literal prefix lets it skip ahead), so on a long paragraph the junk patterns are most of the
# cleaner's time, and almost always find nothing. Most of them cannot match without one of a
# few words ("click here", "(reuters)"), and a substring test is cheap: a text holding none of
# its pattern's words is not searched. The words are worked out from the pattern itself, so
# they cannot drift from it as rules change.

# Non-ASCII characters that a case-insensitive pattern takes for an ASCII letter but
# str.lower() does not turn into one (the Kelvin sign it does).
_ASCII_CASE_FOLDS = (("İ", "i"), ("ı", "i"), ("ſ", "s"))
# How many strings a part of a pattern may spell out before its words stop being worked out
# (a name list times a suffix times ...).
_MAX_SPELLINGS = 64
# A required word is cut to its first characters: as rare in text, and the spellings of a
# part ("this article was updated to", "this story has been corrected with", ...) come down
# to a few words ("this art", "this sto"), each a substring test on every line.
_HINT_LENGTH = 8


def folded(text: str) -> str:
    """Text in lower case, as `required_words` are, a letter the way a case-insensitive match sees it."""
    if not text.isascii():
        for letter, ascii_letter in _ASCII_CASE_FOLDS:
            text = text.replace(letter, ascii_letter)  # str.translate takes ten times as long
    return text.lower()


def holds_any(folded_text: str, words: tuple[str, ...] | None) -> bool:
    """Whether a folded text holds one of `required_words`, and so may match their pattern."""
    if words is None:
        return True
    for word in words:  # a loop, not any(...): a generator costs a fifth more, on every line and rule
        if word in folded_text:
            return True
    return False


def required_words(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Lower-case strings one of which every match of `pattern` holds, or None where the pattern
    needs no string that can be told in advance (`^[\\W_]+$`)."""
    words = _spellings_and_words(regex_parser.parse(pattern.pattern, pattern.flags))[1]
    if words is None:
        return None
    return tuple(sorted(_shortest(_cut(_shortest(words)))))


def _cut(words: set[str]) -> set[str]:
    return {word[:_HINT_LENGTH] for word in words}


def _shortest(words: set[str]) -> set[str]:
    """The words less those holding another: "comment" is found whenever "comments" is."""
    return {word for word in words if not any(other != word and other in word for other in words)}


def _spellings_and_words(sequence) -> tuple[set[str] | None, set[str] | None]:
    """What a parsed sequence of a pattern matches: every string it can match when they are few
    and fixed (else None), and strings one of which every match holds (None when unknown).
    Consecutive fixed parts are spelled out together ("click" " " "here"), since a longer word is
    rarer; of the words each part needs, the set whose shortest word is longest (up to
    _HINT_LENGTH) is taken, and of those the one that is fewest words once cut."""
    needed: list[set[str]] = []
    run = {""}  # the spellings of the fixed parts since the last part that is not fixed
    whole_is_fixed = True
    for op, argument in sequence:
        spellings, words = _part_spellings_and_words(op, argument)
        if spellings is not None and len(run) * len(spellings) <= _MAX_SPELLINGS:
            run = {before + after for before in run for after in spellings}
            continue
        whole_is_fixed = False
        needed.append(run)
        run = spellings if spellings is not None else {""}
        if words:
            needed.append(words)
    if whole_is_fixed:
        return run, None if "" in run else run
    needed.append(run)
    usable = [words for words in needed if words and "" not in words]
    return None, max(usable, key=lambda words: (min(_HINT_LENGTH, *map(len, words)), -len(_cut(words))), default=None)


def _part_spellings_and_words(op, argument) -> tuple[set[str] | None, set[str] | None]:
    """`_spellings_and_words` of one parsed part of a pattern."""
    if op is regex_parser.LITERAL:
        character = _folded_literal(argument)
        return (None, None) if character is None else ({character}, {character})
    if op in (regex_parser.AT, regex_parser.ASSERT, regex_parser.ASSERT_NOT):
        return {""}, None  # an anchor or a look-around matches no characters of its own
    if op is regex_parser.IN:  # a class of single characters, as "['’]"
        characters = {_folded_literal(code) if item is regex_parser.LITERAL else None for item, code in argument}
        return (None, None) if None in characters else (characters, characters)
    if op is regex_parser.BRANCH:
        results = [_spellings_and_words(branch) for branch in argument[1]]
        if all(spellings is not None for spellings, _ in results):
            spellings = set().union(*(spellings for spellings, _ in results))
            if len(spellings) <= _MAX_SPELLINGS:
                return spellings, None if "" in spellings else spellings
        if any(words is None for _, words in results):
            return None, None
        return None, set().union(*(words for _, words in results))
    if op is regex_parser.SUBPATTERN:
        return _spellings_and_words(argument[-1])
    if op in (regex_parser.MAX_REPEAT, regex_parser.MIN_REPEAT):
        least, most, item = argument
        spellings, words = _spellings_and_words(item)
        if least == 0:
            return (spellings | {""}, None) if most == 1 and spellings is not None else (None, None)
        return (spellings, words) if least == most == 1 else (None, words)
    return None, None  # any character, a category such as \w, a back-reference: nothing fixed


def _folded_literal(code: int) -> str | None:
    """A pattern's character as `folded` text holds what it matches; None for a letter outside
    ASCII, whose case-insensitive matches `folded` does not promise to bring together."""
    character = chr(code)
    return folded(character) if character.isascii() or character.lower() == character.upper() else None


@dataclass(frozen=True)
class Rule:
    """A junk rule: lines it matches are of `kind`; `max_words` keeps it off real paragraphs."""

    kind: str
    pattern: re.Pattern
    max_words: int = 40
    hints: tuple[str, ...] | None = None  # the pattern's `required_words`

    def matches(self, line: str, words: int, folded_line: str) -> bool:
        return words <= self.max_words and holds_any(folded_line, self.hints) and bool(self.pattern.search(line))


def _rule(kind: str, pattern: str, max_words: int = 40) -> Rule:
    # Rules ignore case, except where they ask for a capital ("[A-Z]": a name, a sentence's
    # start), or "By late Wednesday, ..." would be a byline and "Reuters and other outlets ..." a credit.
    compiled = re.compile(pattern.replace("[A-Z]", "(?-i:[A-Z])"), re.IGNORECASE)
    return Rule(kind, compiled, max_words, required_words(compiled))


# A video's description closes on when the clip was posted: "... outside the mill. (Published Monday, May 4, 2015)".
PUBLISHED_STAMP = r"\(published \w+day,? [^()]*\)$"
VIDEO_DESCRIPTION = re.compile(PUBLISHED_STAMP, re.IGNORECASE)

RULES: tuple[Rule, ...] = (
    _rule("nav", r"^(?:go to top|back to top|skip to (?:main )?content|top of page|menu|home|next|previous|"
                 r"jump to|toggle navigation|search|sections?|close|more|show more|load more|view comments)\W*$", 4),
    _rule("separator", r"^[\W_]+$", 10),
    _rule("ad", r"^(?:advertisement|advertising|sponsored(?: content)?|ad|story continues below(?: advertisement)?|"
                r"(?:photo )?(?:advertisement )?continue reading(?: the main story)?|scroll (?:down )?(?:to continue|for video)|loading\W*|"
                r"skip ad|this ad will close.*)\W*$", 8),
    # A credit in parentheses ends the caption: "(AP Photo/Evan Vucci)", "(Ethan Miller/AP, Pool)", "(Caltech/R. Hurt)".
    _rule("caption", r"\((?:[^()]*\b(?:photo|photograph|image|picture|credit|file)s?\b[^()]*|"
                     r"[^()]*/\s*(?:for )?(?:AP|AFP|Reuters|Getty(?: Images)?|EPA|Bloomberg|Pool|Shutterstock|"
                     r"[A-Z][\w .,'’&-]{1,40}))\)\s*(?:\([^()]*\)\s*)*$", 80),
    _rule("caption", _PHOTO_DESCRIPTION, 60),
    # A caption whose credit is a bare name after its sentence: "... before the storm. Jane Roe". A
    # paragraph ends on punctuation, not on a name; a heading has no sentence before its name.
    _rule("caption", r"^(?-i:[A-Z\"“]).{20,}(?-i:[a-z])[.!?][\"”’]? [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}$", 40),
    # A mug shot's caption: a name and an age, perhaps a home town ("Jane Roe, 32, of Chicago"). Or a
    # film still's: a name and the part in quotation marks, perhaps after the studio's credit ("Acme
    # Pictures Jo Penn as 'The Count.'"); no sentence is a name and what follows "as" alone.
    _rule("caption", r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,5}(?:, \d{1,3}"
                     r"(?:, of [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}(?:, [A-Z][\w.]*)?)?"
                     r"| as [\"“‘'][A-Z].{0,40}[\"”’'])$", 12),
    # A credit closing a caption that runs on: "... in Cairo. Mohammed Saber/European Pressphoto Agency", "... Handout via REUTERS".
    _rule("caption", rf"(?:\b[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)+/|\bvia )(?:{_PHOTO_AGENCY})$", 120),
    # "Source: TODAY By A. Pawlowski": the outlet and writer, before "Source:" as a chart's caption.
    _rule("byline", r"^source:\s*\S.{0,40}?\s+by\s+[A-Z]", 12),
    _rule("caption", r"^(?:image copyright|image caption|media caption|hide caption|view images|\|\s*getty\b|photo(?:graph)?(?: credit)?:|"
                     r"image(?: credit)?:|credit:|picture:|pictured:|caption:|source:|video:|watch:|"
                     r"\(?(?:AP|AFP|Getty|Reuters) ?(?:Photo|Images)|file photo|"
                     r"(?:in )?this (?:[\w,.’'-]+ ){0,6}?(?:photo(?:graph)?|image|picture|video still|frame grab)s? "
                     r"(?:provided|released|taken|made available|obtained|shows?)\b)", 60),
    _rule("caption", r"(?:getty images|shutterstock|/ap photo|ap photo/|photo by |photographs? by |photo credits?:|"
                     r"image by |^illustrations? by [A-Z]|\bvia getty\b|\bvia reuters\b|for the washington post|"
                     r"/reuters$|/afp$|/getty$)", 25),
    _rule("video", r"(?:just watched .* replay more videos|must watch|embed more news videos|"
                   r"media playback is unsupported on your device|"
                   r"full screen autoplay|close skip ad|view (?:photos|slideshow|gallery)|"
                   r"the interactive transcript could not be loaded|replay more videos)", 120),
    _rule("caption", rf"(?:toggle caption|enlarge this image|enlarge image|buy photo|^close [A-Z]|^file [-{DASHES}] |"
                     rf"{PUBLISHED_STAMP}|\((?:reuters|ap|afp|associated press|getty images)\)$|"
                     r"^(?:associated press|reuters|afp|getty images|european pressphoto agency) [A-Z]|\. reuters/[a-z]|photograph: |\bphoto: [A-Z]|"
                     r"\bcourtesy(?: of)? [A-Z][\w.]*(?: [A-Z][\w.]*){0,3}$)", 120),
    _rule("social_embed", rf"(?:pic\.twitter\.com|[{DASHES}]\s*[^{DASHES}]{{1,60}}\(@\w+\)\s*\w+ \d{{1,2}}, \d{{4}}|"
                          r"instagram\.com/p/|a (?:photo|video|post) shared by)", 80),
    _rule("social_embed", r"^@\w+", 30),
    # "subscribe", not "subscribers": a story tells how many a channel or a service has.
    _rule("newsletter", r"(?:newsletter|sign up|\bsubscribe\b|\bsubscription\b|delivered (?:right )?to your inbox|"
                        r"in your inbox|daily digest|get (?:the|our) .* (?:email|alerts))", 25),
    _rule("share", r"^(?:share|tweet|email|print|pin(?: it)?|whatsapp|reddit|linkedin|facebook|twitter|"
                   r"comments?|\d+ comments?|like us|follow(?: us)?|recommend|save)\b.{0,60}$", 10),
    _rule("share", r"(?:click to (?:email|share|print|tweet)|follow (?:us|him|her|them|@|[\w .]{1,40} on (?:twitter|facebook|instagram))|"
                   r"like us on facebook|on twitter at|join (?:us|the conversation) on|"
                   r"share (?:this|on)|click to share|share your (?:thoughts|story))", 25),
    _rule("related", r"^(?:read more|related|see also|also see|also read|more from|more on|recommended|"
                     r"read (?:the )?(?:full|original) (?:story|article)|click here|find (?:all|more)|"
                     r"watch the video|listen to|you may also like|trending|most (?:popular|read))\b", 30),
    # A link's prompt anywhere in a short line: "On a mobile device? Click here to watch video.",
    # "For more, read more on our elections page." (a site's "our"; a story says where, not "our").
    _rule("related", r"\bclick here\b|\bread more (?:on|at|in) our\b", 12),
    _rule("related", r"^·\s|^•\s|^»|«$|^\[[^\]]{10,200}\]$|\bread more$|^(?:more|also|see also|related|citations|"
                     r"from [A-Z]+|related video|watch|trending now)\s*:", 30),
    _rule("print_edition", r"(?:a version of this (?:article|story) appear(?:s|ed) .* on page|"
                           r"transcripts are created on a rush deadline|this (?:article|story) (?:has been|was) "
                           r"(?:updated|corrected) (?:to|with)\b.{0,10}$)", 80),
    _rule("callout", r"(?:we(?:'|’)d (?:like|love) to hear from you|share it in the comments|"
                     r"send us (?:a |your )?(?:tip|story|news tip)|have a (?:news )?tip\?|"
                     r"breaking news (?:emails|alerts)|in your inbox|newsletter sign ?up)", 80),
    # Code left once its tags are gone (`without_markup`): a line holding a brace that ends a
    # statement or a block ("p { margin: 0; }", "googletag.cmd.push(function() {"). Prose has no braces.
    _rule("code", r"^(?=[^{}]*[{}]).*[;{}]\)?$", 200),  # anchored: from every brace a ".*" was quadratic
    # A line that shows nothing but tags or comments: a page escaped over and over ("&amp;amp;lt;!--
    # iframe--&amp;amp;gt;"), whose markup `without_markup` reads as text, as it was not written as markup.
    _rule("markup", r"^(?:\s*<(?:!--.*?--|/?[a-z][a-z\d]*\b[^<>]*)>)+\s*$", 20),
    _rule("nav", r"^(?:topics?|tags?|filed under|categories|text size|font size)\s*:?", 40),
    _rule("nav", r"^(?:article excerpt|story highlights|editor'?s note|updated)\W*$", 3),
    # One word in capitals alone on its line: a site's label ("EXCLUSIVE"), a section's heading
    # ("IMMIGRATION"), a dateline's place or a credit ("AFP"). No sentence is one word in capitals,
    # and a heading beside another short line is no `looks_like_subhead`.
    _rule("subhead", r"^(?-i:[A-Z][A-Z'’-]+)$", 1),
    _rule("caption", rf"^[A-Z][\w.'’ -]{{2,40}}/(?:{_PHOTO_AGENCY})\b", 12),
    # A clip in a video list, its running time last: "... 9:04 PM ET Sun, 3 Sept 2017 | 02:51".
    _rule("video", r"\|\s*\d{1,2}:\d{2}(?::\d{2})?$", 40),
    # A Wikipedia hatnote: '"FASD" redirects here. For other uses, see ...'.
    _rule("nav", r"(?:^\S.{0,60} redirects here\b|^for other uses,? see\b)", 40),
    _rule("disclaimer", r"(?:^the author is an? .{0,60}columnist|^the (?:opinions|views) expressed (?:in this .{0,30})?are "
                        r"(?:his|her|their|the author(?:'|’)s|solely)\b)", 30),
    # A warning to the reader, not a sentence of the review: "Warning: Contains spoilers for ...",
    # "Spoiler alert: this story contains spoilers", "Spoilers ahead!".
    _rule("disclaimer", r"^(?:(?:spoiler )?warning:? |spoiler alert:? )?(?:(?:this|the following) (?:[\w-]+ ){0,2})?"
                        r"(?:contains?|includes?) (?:major |minor |mild |some |plot )?spoilers\b|^spoilers? (?:ahead|alert|warning)\b", 30),
    _rule("copyright", r"(?:^copyright\b|^©|\(c\) ?\d{4}|all rights reserved|may not be (?:published|reproduced|"
                       r"redistributed)|this material may not be)", 60),
    _rule("republication", r"(?:republished with permission|chosen for republication|republishes (?:stories|articles)|"
                           r"(?:originally|first) (?:published|appeared) (?:on|in|at|by)|"
                           r"do not (?:necessarily )?reflect .{1,40} (?:editorial )?polic|"
                           r"this (?:article|story|post) (?:was|is) (?:republished|reprinted))", 60),
    _rule("donation", r"(?:since you(?:'|’)re here|small favou?r to ask|support (?:us|our (?:work|journalism|reporting))|"
                      r"click here to support|become a (?:member|patron|supporter)|(?:^|[.!?] )(?:please )?donate\b|"
                      r"put up a paywall|reader[- ]supported|make a (?:contribution|donation))", 80),
    _rule("typo", r"report (?:a )?typo|spotted an error|report an error", 20),
    # The hidden fields of a web form plugin (Gravity Forms), scraped with the sign-up form around them.
    _rule("form", r"(?:this field is for validation purposes|handle ajax powered gravity forms)", 20),
    _rule("byline", r"^(?:by|written by|posted by|reporting by|story by|words by)\s+[A-Z]", 12),
    _rule("byline", r"(?:contributed (?:to )?(?:this|the) (?:report|story|article)|"
                    r"^\(?(?:reporting|additional reporting|editing|writing) by\b|"
                    r"contributed reporting|reported (?:this story )?from [A-Z]|reported this story|"
                    r"^write to [A-Z].*(?:@| at )|"
                    r"^contact (?:the )?(?:reporter|writer|author)|can be reached at|^(?:contact|email|reach) \w+ .*(?:@|\d{3}-\d{4}))", 40),
    _rule("byline", r"^(?:posted|published|updated|last updated|first published|created|modified)(?: on| at)?\b.{0,50}\d", 14),
    _rule("byline", r"^updated by [A-Z]", 12),
    # A cookie or site-use notice, not "the cookie jar" or "by using executive privilege".
    _rule("legal", r"(?:\bcookies? (?:policy|settings|preferences|notice|consent)|\b(?:uses?|accept|allow|enable)\w* (?:\w+ ){0,2}cookies\b|"
                   r"privacy policy|terms of (?:use|service)|by (?:using|continuing to (?:use|browse)) (?:this|our) (?:site|website|services?|app)|"
                   r"enable javascript|javascript (?:is )?disabled|your browser|ad ?blocker|"
                   r"enter the characters|friend wanted you to see|please (?:log|sign) ?in|create (?:an|a free) account)", 40),
)

# Documents that are not articles at all: crawl notices, site rankings, error pages.
BOILERPLATE_DOCUMENT = re.compile(
    r"(?:alexa internet|wayback machine|internet archive|crawl data|warczone|archive ?team|"
    r"web crawl|these crawls are part of|page (?:not|cannot be) found|404|site ranking|"
    r"traffic rank|access denied|are you a robot|verify you are (?:a )?human|spreading the word about|"
    r"person you are recommending|(?:page|content) you requested (?:was|could) not)",
    re.IGNORECASE,
)
# Advertising copy, a whole text selling to its reader (mn21's payday-loan page: "Hurry; apply
# today with fast cash loans.", "So, don't make any wrong decision and apply of these loans now."):
# it tells the reader to act now, again and again, and reports nothing: no one's words, no day
# or year. How-to pieces and op-eds address the reader too, but do not press them to apply, buy
# or order now, and report what someone said or what happened when. Only verbs of a sale, as
# "call the gas company right away", "get tested today" and "register to vote now" are a service
# piece's advice. A call runs to its sentence's end, so that a sentence holds one ("Hurry; apply
# today ...").
_ACT_NOW = (r"(?:apply|buy|order|shop|book|sign up|grab|claim|join|download)\b"
            r"[^.!?]{0,60}?\b(?:now|today|immediately|right away)\b")
CALL_TO_ACT_NOW = re.compile(rf"(?:(?:{_SENTENCE_START}|[,;:] |\b(?:and|please) ){_ACT_NOW}|{_SENTENCE_START}hurry\b)[^.!?\n]*",
                             re.IGNORECASE | re.MULTILINE)
ADDRESSES_READER = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
# What a text that reports holds: a verb of saying, a quotation, a day, a month or a year.
REPORTS = re.compile(rf"\b(?:(?i:{SAYING}|told|according to)|{WEEKDAY_NAME}|{MONTH_NAME}|(?i:yesterday)|(?:19|20)\d\d)\b"
                     rf"|{QUOTE_MARKS.pattern}")
# Calls to act now in a text (one may be a quotation's or a notice's), and the share of its
# sentences addressed to the reader, from which it reads as advertising copy.
MIN_CALLS_TO_ACT = 2
MIN_SHARE_TO_READER = 0.2

# The in-text patterns' `required_words` (a rule carries its own). Not INLINE_CREDIT: it opens
# on "(", which a search finds fast without help.
_PATTERN_HINTS = {pattern: required_words(pattern) for pattern in (
    JUNK_SENTENCE, SECTION_LABELS, REFERENCE_MARKER, NUMBERED_REFERENCE, LINK_BOX, TICKER_CHIP, BOILERPLATE_DOCUMENT,
    CALL_TO_ACT_NOW)}


def may_match(pattern: re.Pattern, folded_text: str) -> bool:
    """Whether one of the pattern's own `required_words` is in the folded text, so that a search may find it."""
    return holds_any(folded_text, _PATTERN_HINTS[pattern])
# Below this a text may be a stub page (a video player, a sign-in wall, an error page) rather
# than an article. Leads are as short, and AllSides and NeuS give an article as its title and
# first paragraph only, so a short text is still news when it comes with a headline, is written
# in sentences and says nothing that a page says about itself (`short_text_problem`).
MIN_ARTICLE_WORDS = 40
# What a page says to its reader about itself or about the player, form or error on it.
PAGE_NOTICE = re.compile(
    r"^(?:watch|listen to|click) |\((?:video|audio)\)|try again later|learn more\W*$|let us know|click here|"
    r"please (?:try|enable|sign|log|click|wait|refresh|check|update|upgrade|turn|subscribe)\b|javascript|"
    r"your browser|(?:sign|log) in to|when the video has been|(?:feature|video|content|page|service) is "
    r"(?:not|no longer|currently not) available|(?:video|content|page|feature) (?:is )?unavailable|"
    r"(?:page|video|content|story|article) (?:you requested|you are looking for|has been removed|is no longer)",
    re.IGNORECASE | re.MULTILINE,
)

# Lines that start a trailing block of appeals or related links: everything after them goes.
TAIL_TRIGGER = re.compile(
    r"^(?:since you(?:'|’)re here|related (?:stories|articles|coverage|content|links)|"
    r"more (?:stories|articles) from|comments(?: \(\d+\))?|recommended for you|you might also like)\W*",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Line:
    """A line of a scraped document with the label the cleaner gave it."""

    text: str
    label: str
    number: int  # index among the document's lines (str.splitlines), for error messages and evaluation

    @property
    def is_content(self) -> bool:
        return self.label == CONTENT


def normalize(text: str) -> str:
    """Unicode NFC, text rather than markup, no invisible characters, no backslash escaping a quotation
    mark (`_ESCAPING_BACKSLASH`), an apostrophe typed as a left quotation mark as one, single spaces,
    a spaced ellipsis as one (`SPACED_ELLIPSIS`), one line per paragraph."""
    text = unicodedata.normalize("NFC", _INVISIBLE.sub("", without_markup(text)))
    if "\\" in text:  # a substring test spares most texts the search
        text = _ESCAPING_BACKSLASH.sub("", text)
    if "‘" in text:  # a substring test spares most texts the search
        text = _LEFT_MARK_AS_APOSTROPHE.sub("’", text)
    text = "\n".join(_WS.sub(" ", line).strip() for line in text.splitlines())
    return SPACED_ELLIPSIS.sub("...", text) if ". . ." in text else text


def without_markup(text: str) -> str:
    """Text as a browser shows it: scripts, styles, comments and tags gone, then entities read
    (over and over, as a page escaped twice has "&amp;amp;"); its lines stay as they were. Only
    markup written as such goes: "&lt;b&gt;" is shown as "<b>", the text a story quotes."""
    if "<" in text or '">' in text or "'>" in text:
        # Every line break as "\n" first, one for one: a tag (with its "<" or without) or an open
        # comment must not run over a "\r" or a "\u2028" that str.splitlines, which numbers the
        # lines, counts as a break; nor may a trailing blank line go, as "\n".join would drop it.
        text = _LINE_BREAK.sub("\n", text)
    if "<" in text:
        text = _UNSHOWN_ELEMENT.sub(lambda element: "\n" * (len(element.group(0).splitlines()) - 1), text)
        text = _TAG.sub(_tag_as_shown, text)
    if '">' in text or "'>" in text:
        text = _NAMESPACED_TAG_WITHOUT_OPENING.sub("", text)
    while "&" in text:
        unescaped = _ENTITY.sub(_entity_as_shown, text)
        if unescaped == text:
            break
        text = unescaped
    return text


def _tag_as_shown(tag: re.Match) -> str:
    """Nothing for a tag inside a run of words, a space for one that parts them, and the text
    itself where it is no tag of HTML's."""
    if tag.group("namespaced"):
        return ""  # it wraps words ("<st1:place>Boston</st1:place>"), as a phrasing tag does
    name = (tag.group("name") or tag.group("end_name") or "").lower()
    if name and (name not in _HTML_ELEMENTS or tag.group("attributes") and "=" not in tag.group("attributes")):
        return tag.group(0)
    return "" if name in _PHRASING_TAGS else " "


def _entity_as_shown(entity: re.Match) -> str:
    """The character an entity stands for; a space for any space, so that "&#10;" adds no line."""
    character = html.unescape(entity.group(0))
    return " " if character.isspace() else character


def word_count(text: str) -> int:
    return len(text.split())


def junk_kind(line: str) -> str | None:
    """The kind of junk a single line is, judged alone, or None when it may be content. A line
    that opens on a separator, as a site's byline row may ("/ Updated By Jane Smith"), is also
    judged without it: rules anchored at the start of a line would miss it."""
    bare = without_leading_separator(line)
    return _junk_kind_by_rules(line) or (_junk_kind_by_rules(bare) if bare != line else None)


def without_leading_separator(line: str) -> str:
    return LEADING_SEPARATOR.sub("", line)


def _junk_kind_by_rules(line: str) -> str | None:
    words = word_count(line)
    folded_line = folded(line)
    for rule in RULES:
        if rule.matches(line, words, folded_line):
            return rule.kind
    if _is_dateline_only(line, words) or _is_lead_in_only(line):
        return "byline"
    if words <= 25 and URL.search(line):
        return "link"
    if words <= 25 and EMAIL.search(line):
        return "byline"
    return None


def _dateline(text: str) -> re.Match | None:
    """The dateline a text opens on, when it names a place or an agency (not a bare dash)."""
    match = DATELINE.match(text)
    if match and (match.group("city") or match.group("agency")):
        return match
    return SLASHED_DATELINE.match(text) or PLACE_DATELINE.match(text)


def _is_lead_in_only(line: str) -> bool:
    """A dateline alone on its line ("CAIRO |", "WASHINGTON (Reuters) -"): its story starts on the next."""
    match = _dateline(line)
    return bool(match and match.end() == len(line))


def _is_dateline_only(line: str, words: int) -> bool:
    """A short line that is a date or a name plus a date, with no sentence in it."""
    if words > 14 or STOP_AT_END.search(line) and words > 6:
        return False
    rest = DATE.sub("", line)
    rest = _TIME.sub("", rest)
    if rest == line:
        return False
    return word_count(re.sub(r"[^\w]+", " ", rest)) <= 6


def looks_like_headline(line: str) -> bool:
    """A few words that end no sentence; not an aside in parentheses ("(News 12 at 11)"), nor a
    line opening on a section label ("Story highlights ..." heads bullet points, not a story)."""
    words = word_count(line)
    return (3 <= words <= 25 and not STOP_AT_END.search(line) and not line.endswith((":", ","))
            and not (line.startswith("(") and line.endswith(")")) and not SECTION_LABELS.match(line))


def is_video_title(line: str, following: str) -> bool:
    """A related clip's title, as a site runs one into a story: a headline over a video's description,
    which closes on when the clip was posted. `looks_like_subhead` takes only lines of up to eight words."""
    return looks_like_headline(line) and bool(VIDEO_DESCRIPTION.search(following))


def is_short_line(line: str) -> bool:
    return word_count(line) <= 8 and not re.search(r"[.!;,:][\"'”’)]*$", line)


def looks_like_subhead(line: str, previous: str | None, following: str | None) -> bool:
    """A section heading: one short line between paragraphs (a run of short lines is a list)."""
    if not is_short_line(line) or line[:1] in "\"“" or not line.strip("'‘’")[:1].isupper():
        return False
    return not (previous and is_short_line(previous)) and not (following and is_short_line(following))


# A list a line ending in a colon introduces ("These games include:", "Symptoms include:"): a run
# of at least MIN_LIST_ITEMS short lines after it, each opening on a capital, half of them or more
# ending no sentence (a game's name, a tip, a headline). Its items with a full stop are no sentences
# of the story either ("A racing game where players can steer using their hands."), but describe the
# name before them. Lines of a quoted exchange or of figures ("Army: 40% fully vaccinated.") end as
# sentences do, and a page's lines broken mid-sentence open on lower-case words: neither is a list.
MIN_LIST_ITEMS = 3
MAX_LIST_ITEM_WORDS = 15


def list_items(lines: list[str]) -> set[int]:
    """The indices of the lines that are items of a list a line ending in a colon introduces."""
    items: set[int] = set()
    for intro, line in enumerate(lines):
        if not line.endswith(":"):
            continue
        end = intro + 1
        while end < len(lines) and _may_be_list_item(lines[end]):
            end += 1
        run = range(intro + 1, end)
        unended = sum(not STOP_AT_END.search(lines[i]) for i in run)
        if len(run) >= MIN_LIST_ITEMS and unended * 2 >= len(run):
            items.update(run)
    return items


def _may_be_list_item(line: str) -> bool:
    return word_count(line) <= MAX_LIST_ITEM_WORDS and line[:1].isupper() and not line.endswith(":")


# A run of lines in headline case, every word capitalised ("Cyber Spies: Are 'Ratters' Watching You
# Through Your Computer?"), is a page's block of teasers or links to other stories, or a list of
# titles: no sentence of a story is written so. At least MIN_HEADLINE_RUN lines in a row, as a lone
# one is the story's headline or a subhead, each of MIN_HEADLINE_WORDS words or more, as a list of
# names ("Jo Ann Penn") or addresses ("Mill Road, Fairmont, NC"), which is the story's, runs shorter.
MIN_HEADLINE_RUN = 3
MIN_HEADLINE_WORDS = 6
_OPENING_MARKS = "'‘\"“("
_NONSPACE = re.compile(r"\S+")


def in_headline_case(line: str) -> bool:
    capitalised = 0
    # Word by word up to the first not capitalised: a scrape's line may be a whole page long.
    for match in _NONSPACE.finditer(line):
        word = match.group(0).lstrip(_OPENING_MARKS)
        if word[:1].isalpha():  # not a number ("2010") or a dash
            if not word[0].isupper():
                return False
            capitalised += 1
    return capitalised >= MIN_HEADLINE_WORDS


def headline_runs(lines: list[str]) -> set[int]:
    """The indices of the lines in runs of at least MIN_HEADLINE_RUN lines in headline case."""
    runs: set[int] = set()
    run: list[int] = []
    for index, line in enumerate([*lines, ""]):  # the empty line closes the last run
        if in_headline_case(line):
            run.append(index)
            continue
        if len(run) >= MIN_HEADLINE_RUN:
            runs.update(run)
        run = []
    return runs


def classify_lines(text: str) -> list[Line]:
    """Label every non-empty line of a scraped document: `content` or a junk kind.

    A headline glued to the first line (`glued_headline`) is a line of its own, with the first line's number.
    The first content line is the headline (`title`) when it looks like one; later short lines without punctuation are subheads;
    the items of a list a line ending in a colon introduces (`list_items`) and runs of lines in headline
    case (`headline_runs`) are a `list`; a tail
    trigger ("Since you're here…") makes the rest of the document junk.
    """
    shown = normalize(text).split("\n")
    headline = glued_headline(text)
    numbered = [(number, part) for number, line in enumerate(shown) if line
                for whole in with_headline_apart(line, headline if number == 0 else None)
                for part in with_time_stamps_apart(whole)]
    lines = [line for _, line in numbered]
    kinds = [junk_kind(line) for line in lines]
    in_lists = list_items(lines) | headline_runs(lines)
    # Subheads are judged against the nearest lines that may be content, not against ads.
    candidates = [i for i, kind in enumerate(kinds) if kind is None]
    place_among_candidates = {index: place for place, index in enumerate(candidates)}  # list.index was quadratic
    labels: list[Line] = []
    seen: set[str] = set()
    tail_kind: str | None = None
    headed = False  # whether a content line or the title came yet
    for index, (number, line) in enumerate(numbered):
        if tail_kind is None and TAIL_TRIGGER.match(line) and index >= len(lines) // 3:
            tail_kind = "donation" if "here" in line.lower() else "related"
        if tail_kind:
            labels.append(Line(line, tail_kind, number))
            continue
        kind = kinds[index]
        if kind is None and line.lower() in seen:
            kind = "duplicate"
        if kind is None and not headed:
            # A line in headline case is one even closing on a mark ("... You Left Me Broke!", "Who Is Jo Penn?").
            if (looks_like_headline(line) or in_headline_case(line)) and index + 1 < len(lines):
                kind = "title"
        elif kind is None and labels and labels[-1].label == "related" and looks_like_headline(line):
            kind = "related"
        elif kind is None and index + 1 < len(lines) and is_video_title(line, lines[index + 1]):
            kind = "video"
        elif kind is None:
            place = place_among_candidates[index]
            previous = lines[candidates[place - 1]] if place else None
            following = lines[candidates[place + 1]] if place + 1 < len(candidates) else None
            if following is not None and looks_like_subhead(line, previous, following):
                kind = "subhead"
        seen.add(line.lower())
        # A list's item is content to no other rule: a related link's headline keeps that label,
        # and tells the one after the list's end for one too.
        labels.append(Line(line, kind or ("list" if index in in_lists else CONTENT), number))
        headed = headed or labels[-1].is_content or labels[-1].label == "title"
    return sorted(labels + markup_lines(text, shown), key=lambda line: line.number)


def glued_headline(text: str) -> str | None:
    """The headline a text opens on, run into its first sentence (`GLUED_HEADLINE`), as `normalize` shows it."""
    match = GLUED_HEADLINE.match(text)
    headline = normalize(match.group("headline")) if match else ""
    return headline if looks_like_headline(headline) else None


def with_headline_apart(line: str, headline: str | None) -> list[str]:
    """A text's first line as lines: the `glued_headline` it opens on, then the rest."""
    if headline and line.startswith(headline + " "):
        return [headline, line[len(headline) + 1:]]
    return [line]


def with_time_stamps_apart(line: str) -> list[str]:
    """A line as lines: the time stamps run onto its end ("Posted: ... Updated: ...") each a
    byline of its own, before the text they followed, which is judged as the line (a headline)."""
    # Walked back from the line's end over stamps one space apart: one pass over the line, where
    # a pattern for the whole run would start again at every stamp.
    run, start = [], len(line)
    for stamp in reversed(list(TIME_STAMP.finditer(line))):
        if stamp.end() != start or stamp.start() < 2 or line[stamp.start() - 1] != " ":
            break
        run.append(stamp.group(0))
        start = stamp.start() - 1
    return [*reversed(run), line[:start]] if run else [line]


def markup_lines(text: str, shown: list[str]) -> list[Line]:
    """The lines of a text that were nothing but markup or a script's code: `shown` (its lines
    as `normalize` gives them) has them empty. They are junk lines, not blank ones."""
    if "<" not in text and ">" not in text and "&" not in text:  # ">": a tag that lost its "<"
        return []
    lines = text.splitlines()
    # A last line of nothing but markup ("...\n</div>") leaves `shown` a line short: its lines were
    # joined and split again, and a text ending in a line break has no line after it.
    shown = shown + [""] * (len(lines) - len(shown))
    return [Line(raw.strip(), "markup", number) for number, raw in enumerate(lines)
            if not shown[number] and _INVISIBLE.sub("", raw).strip()]


# A copyright notice that goes on after the owner's name with what the owner is, in lower case
# ("© Jo Penn, founder of the Riverton Trust"), credits a person, the writer, and names no outlet.
OWNER_ROLE = re.compile(r",\s*(?!all rights\b)[a-z]")


@dataclass(frozen=True)
class Metadata:
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    republished_by: str | None = None


def extract_metadata(lines: list[Line]) -> Metadata:
    """What the junk lines tell about the article: headline, author, date, outlet, republisher."""
    found: dict[str, str] = {}

    def keep(key: str, value: str | None) -> None:
        if value and key not in found:
            found[key] = value.strip(f" .,;:/-{DASHES}")

    for line in lines:
        text = without_leading_separator(line.text)
        if line.label == "title":
            keep("title", text)
        elif line.label == "byline":
            date = DATE.search(text)
            if date:
                keep("published", _iso_date(date.group(0)))
                author = re.sub(r"^(?:by|posted by|written by)\s+", "", text[: date.start()], flags=re.I)
                author = re.sub(rf"\b{WEEKDAY_NAME}\b|\b(?:posted|published|updated)\b.*", "", author, flags=re.I)
                keep("author", author if 1 <= word_count(author) <= 5 else None)
            else:
                name = re.match(r"^(?:source:\s*(?P<outlet>.{1,40}?)\s+)?(?:(?:written|story|updated) )?by\s+(?P<author>.{3,60})$",
                                text, re.IGNORECASE)
                writer, outlet = _writer_and_outlet(name.group("author")) if name else (None, None)
                keep("author", writer)
                keep("outlet", name.group("outlet") or outlet if name else None)
        elif line.label == "republication":
            for part in re.split(r"\s+/\s+", text):
                part = part.strip()
                if re.match(r"^by\s", part, re.IGNORECASE):
                    keep("author", part[3:])
            original = re.search(r"republished with permission\s*/\s*([^/]+)", text, re.IGNORECASE) or \
                re.search(r"(?:originally|first) (?:published|appeared) (?:on|in|at|by) ([A-Z][\w .&'-]{1,40}?)\W*$", text)
            keep("outlet", original.group(1) if original else None)
            host = re.search(r"([A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*)?) republishes|reflect ([A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*)?) editorial", text)
            keep("republished_by", (host.group(1) or host.group(2)) if host else None)
        elif line.label == "copyright":
            # The owner follows the notice's marks and year in any order a site sets them ("Copyright ©
            # 2010", "© Copyright 2010", "Copyright (c) 2009-2010"): a mark or year is never the owner's name.
            owner = re.search(r"(?:(?:copyright|©|\(c\))\s*)+(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?(?:by\s+)?"
                              r"([A-Z][\w.&' -]{1,40}?)(?:\.|,| -| All rights|$)", text, re.IGNORECASE)
            keep("copyright_owner", owner.group(1) if owner and not OWNER_ROLE.match(text, owner.end(1)) else None)
        elif line.label == CONTENT:
            lead = DATELINE.match(text) or AGENCY_LEAD.match(text) or PLACE_AGENCY_LEAD.match(text)
            if lead and lead.group("agency"):
                agency = lead.group("agency").strip()
                keep("agency", OUTLET_ALIASES.get(agency.upper(), agency))
    outlet = found.get("outlet") or found.get("agency") or found.get("copyright_owner")
    return Metadata(
        title=found.get("title"),
        outlet=outlet,
        author=found.get("author"),
        published=found.get("published"),
        republished_by=found.get("republished_by"),
    )


def _writer_and_outlet(byline_name: str) -> tuple[str, str | None]:
    """Who a byline names and the outlet named after them, if any ("Jane Doe, Riverton Gazette",
    "Jo Penn of the Valley Courier"); a writer's title or a name's suffix there is no outlet
    ("Jane Doe, Staff Writer", "Jo Penn, Jr.")."""
    match = BYLINE_OUTLET.match(byline_name)
    if not match or WRITER_TITLE.search(match.group("outlet")):
        return byline_name, None
    return match.group("writer"), match.group("outlet")


def _iso_date(text: str) -> str | None:
    from dateutil import parser

    try:
        return parser.parse(text.replace("Sept.", "Sep.").replace("Sept ", "Sep "), fuzzy=True,
                            default=datetime(2000, 1, 1)).date().isoformat()
    except (ValueError, OverflowError):
        return None


def strip_lead_in(paragraph: str, is_lead: bool = False) -> str:
    """Drop a dateline lead-in such as "WASHINGTON (Reuters) —" or "(MEE) —" from a paragraph, and
    from a story's first paragraph (`is_lead`) a bare dash before its sentence ("— Ten firefighters
    were arrested ..."): a dateline whose place the scrape lost. Elsewhere such a dash sets off
    whose words a quotation was ("— Jo Penn, in a tweet") or signs the piece off ("—Jo Penn")."""
    match = _dateline(paragraph)
    if match and match.end() < len(paragraph):
        return paragraph[match.end():]
    match = AGENCY_LEAD.match(paragraph) or PLACE_AGENCY_LEAD.match(paragraph)
    if match:
        return paragraph[match.end():]
    match = DATELINE.match(paragraph) if is_lead else None
    if match and OPENS_SENTENCE.match(paragraph, match.end()):
        return paragraph[match.end():]
    return paragraph


def with_lead_in_in_case(article: Article, cluster: list[Article]) -> Article:
    """An article opening on a lead-in in capitals (`CAPITALS_LEAD_IN`) with it written as the
    other words of the article and its `cluster` (their headlines too) write each of its words: in
    lower case where one has it so, in capitals where all have it so (an acronym), else with a
    capital first (a name: "THE UNITED STATES is" beside "the United States"). The outlets' leads on
    one story name its places and people alike; a word none of them writes again stays in capitals
    with the rest, as no table tells "SINCE" (since) from "STATES" (States)."""
    match = CAPITALS_LEAD_IN.match(article.text)
    words = match.group(0).split() if match else []
    if not any(len(word) >= LEAD_IN_WORD_LETTERS for word in words):
        return article
    written = [article.text[match.end():], article.title or "",
               *(f"{other.title or ''}\n{other.text}" for other in cluster if other is not article)]
    forms: dict[str, set[str]] = {}
    for form in _WORD.findall("\n".join(written)):
        forms.setdefault(form.lower(), set()).add(form)
    cased = [_as_written(word, forms.get(word.lower(), set()), opens=not index) for index, word in enumerate(words)]
    if None in cased:
        return article
    return replace(article, text=" ".join(cased) + article.text[match.end():])


def _as_written(word: str, forms: set[str], opens: bool) -> str | None:
    """A word in capitals as its other `forms` write it (`with_lead_in_in_case`), with a capital
    first where it `opens` the sentence; None where there are none to tell."""
    if forms and all(form.isupper() for form in forms):
        return word
    if opens:
        return word.capitalize()
    if not forms:
        return None
    return word.lower() if any(form.islower() for form in forms) else word.capitalize()


def superseding_update(paragraph: str) -> str | None:
    """What an editor's update opening a paragraph says (`UPDATE_LABEL`), where it sends the reader
    to the updated story (`UPDATED_STORY_POINTER`): "Update: The party said late Wednesday that the
    attack was a test. Read the updated story here." The page's story is the version it
    supersedes, so the update must not lead a brief that tells the story, nor be lost."""
    label = UPDATE_LABEL.match(paragraph) if len(paragraph) <= MAX_UPDATE_CHARACTERS else None
    pointer = UPDATED_STORY_POINTER.search(paragraph) if label else None
    return (paragraph[label.end():pointer.start()] + paragraph[pointer.end():]).strip() if pointer else None


def opening_update(text: str) -> str | None:
    """The `superseding_update` a text's first paragraph is, after its dateline ("(CNN) Update: ...")."""
    first = text.lstrip().partition("\n")[0]
    return superseding_update(strip_lead_in(normalize(first), is_lead=True)) if len(first) <= MAX_UPDATE_CHARACTERS else None


def without_inline_widgets(paragraph: str) -> str:
    """A paragraph less the widgets a site ran into its sentences, which read on once they are
    cut out: The Hill's link boxes and stock ticker chips."""
    folded_paragraph = folded(paragraph)
    if may_match(LINK_BOX, folded_paragraph):
        while box := LINK_BOX.search(paragraph):  # the last box first, as the text before it is greedy
            paragraph = box.group("text") + paragraph[box.end():]
    if may_match(TICKER_CHIP, folded_paragraph):
        paragraph = TICKER_CHIP.sub(_chip_or_text, paragraph)
    return paragraph


# Words after which a code in capitals is the noun itself, not a chip after a company's name.
_DETERMINERS = frozenset("a an the this that its his her their our".split())


def _chip_or_text(match: re.Match) -> str:
    """Nothing for a ticker chip; the text itself when the code follows an article or a
    possessive: a chip follows a company's name, a noun for the company ("The burger chain SHAK,
    +5.26% announced", "health care XLV, -3.04%, the energy sector") or the chip before it, while
    in "the GOP, +2.50% in the polls" the code is what the sentence is about."""
    before = match.string[: match.start()].rsplit(None, 1)
    return match.group(0) if before and before[-1].lower() in _DETERMINERS else ""


def strip_section_labels(paragraph: str) -> str:
    """Drop newsletter labels such as "Why it matters:", an editor's update label (`UPDATE_LABEL`),
    a reprint's label (`REPRINT_LABEL`) or note (`REPRINT_NOTE`) and a source's or section's name glued to the paragraph's
    start, from before the sentences they introduce."""
    if may_match(SECTION_LABELS, folded(paragraph)):
        paragraph = SECTION_LABELS.sub("", paragraph)
    if " originally appeared on " in paragraph:  # a substring test spares most paragraphs the search
        paragraph = REPRINT_NOTE.sub("", paragraph)
    return GLUED_LABEL.sub("", UPDATE_LABEL.sub("", REPRINT_LABEL.sub("", paragraph)))


def without_inline_junk(paragraph: str) -> str:
    """A content line less what a site ran into it: photo credits and the captions they close,
    caption sentences, prompts to the reader and the outlet's notes on its own article. Line rules miss these where a scrape ran a
    page's paragraphs together into one line, as long as any article."""
    if not (INLINE_CREDIT.search(paragraph)
            or may_match(JUNK_SENTENCE, folded(paragraph)) and JUNK_SENTENCE.search(paragraph)):
        return paragraph
    # `sentences.sentence_pieces`, not `sentences.split_paragraph`: that joins a quotation left
    # open with the sentences after it, and a prompt after it would take the quotation with it.
    # nupunkt's own sentences would leave the name a prompt ends on ("... is asked to call Lt. |
    # Ann Reyes at 555-0100.").
    kept: list[str] = []
    previous_kept = False  # whether the sentence before the text in hand is kept[-1]
    for rest in sentence_pieces(paragraph):
        while credit := INLINE_CREDIT.search(rest):
            before, after = rest[:credit.start()].rstrip(), rest[credit.end():].lstrip()
            if after and not OPENS_SENTENCE.match(after):
                # Inside a sentence ("... on Monday (File photo).", "(Image), chanting ..."): it closes no caption.
                rest = before + ("" if after[0] in PUNCTUATION_AFTER_WORD else " ") + after
                continue
            # A credit closes its caption: the words before it in its sentence, or else the sentence before.
            if any(c.isalpha() for c in before):
                previous_kept = not is_caption(before)
                if previous_kept:
                    kept.append(before)
            elif previous_kept and is_caption(kept[-1]):
                kept.pop()
                previous_kept = False
            rest = after
        if previous_kept and rest and not OPENS_SENTENCE.match(rest):
            # A piece nupunkt cut off after an abbreviation ("... Tuesday, Dec." "31, 2019."):
            # a caption ending in it goes whole.
            kept[-1] += " " + rest
        elif any(c.isalpha() for c in rest) and not JUNK_SENTENCE.search(rest):
            kept.append(rest)
            previous_kept = True
        else:
            previous_kept = False
    return " ".join(kept)


# How much of a text's end is split to find its last sentence: a name's head is far shorter, and
# a text may be one line megabytes long.
_END_CHARACTERS = 1000


def without_cut_name_at_end(paragraphs: list[str]) -> list[str]:
    """A text's paragraphs less a last sentence that is only the head of a name the site cut
    at an initialism or a title (`NAME_WORDS_ONLY`)."""
    end = paragraphs[-1][-_END_CHARACTERS:] if paragraphs else ""
    if not (INITIALISM_AT_END.search(end) or TITLE_AT_END.search(end)):
        return paragraphs
    last = sentence_pieces(end)[-1]
    if not NAME_WORDS_ONLY.match(last):
        return paragraphs
    return [*paragraphs[:-1], paragraphs[-1][: -len(last)].rstrip()]


def without_list_dash(paragraph: str) -> str:
    return LIST_DASH.sub("", paragraph)


def with_one_opening_quote(paragraph: str) -> str:
    return DOUBLED_OPENING_QUOTE.sub('"', paragraph)


def without_link_residue(paragraph: str) -> str:
    """A paragraph less what the links a scrape dropped left in it (`LINK_POINTER`, `SPACE_BEFORE_PUNCTUATION`)."""
    if "here)" in paragraph.lower():
        paragraph = LINK_POINTER.sub("", paragraph)
    if " ," in paragraph or " ." in paragraph or " ;" in paragraph:  # a substring test spares most paragraphs the search
        paragraph = SPACE_BEFORE_PUNCTUATION.sub("", paragraph)
    return paragraph


def is_caption(text: str) -> bool:
    """Whether text a photo credit closes is the photo's caption rather than the story's: a line
    rule's caption, or a sentence quoting no one that tells nothing in the past or future tense
    (a caption says what the photo shows: "Commuters wait for a bus outside the depot")."""
    return junk_kind(text) == "caption" or not (QUOTE_MARKS.search(text) or TOLD_AS_NEWS.search(text))


def strip_reference_markers(text: str) -> str:
    """Drop a report's figure, table and footnote references from an article's text."""
    if may_match(REFERENCE_MARKER, folded(text)):
        text = REFERENCE_MARKER.sub("", text)
    if may_match(NUMBERED_REFERENCE, folded(text)) and len(set(NUMBERED_REFERENCE.findall(text))) >= 2:
        text = NUMBERED_REFERENCE.sub("", text)
    return text


def is_site_boilerplate(text: str) -> bool:
    """A crawl notice, error page or robot check rather than news.

    One telltale phrase in a short text may be news ("404 jobs cut", a headline about the
    Internet Archive), so below an article's length it takes two different ones.
    """
    words = word_count(text)
    if words >= 150:
        return False
    if not may_match(BOILERPLATE_DOCUMENT, folded(text)):
        return False
    found = {match.lower() for match in BOILERPLATE_DOCUMENT.findall(text)}
    return len(found) >= (1 if words >= MIN_ARTICLE_WORDS else 2)


def is_prose(paragraph: str) -> bool:
    """Written as a sentence: begins as one does and runs on in lower-case words, unlike a
    name, a credit or a menu."""
    words = paragraph.split()
    begins = paragraph[:1].isupper() or paragraph[:1].isdigit() or paragraph[:1] in "\"“‘'"
    return len(words) >= 4 and begins and sum(word[:1].islower() for word in words) >= 2


def is_written_in_sentences(text: str) -> bool:
    """Whether most of a text's words are in paragraphs written as sentences (`is_prose`): a
    line of its own that names the outlet or credits the writer ("Reuters", "Jane Doe, Harbour
    Times") leaves a lead under it a lead, where a stub page's labels and menu words are most
    of what it says."""
    paragraphs = text.split("\n\n")
    return 2 * sum(word_count(paragraph) for paragraph in paragraphs if is_prose(paragraph)) > word_count(text)


def short_text_problem(text: str, title: str | None) -> str | None:
    """Why a text too short for an article is not a news lead either, or None when it reads as one."""
    notice = PAGE_NOTICE.search(text)
    if notice:
        return f"reads as a page notice (\"{notice.group(0).strip()}\"), not news"
    if not title:
        return "has no headline: too short to tell from a stub page"
    if not is_written_in_sentences(text):
        return "is not written in sentences"
    return None


def advertising_call(text: str) -> str | None:
    """The first call to act now (`CALL_TO_ACT_NOW`) of a text that reads as advertising copy: one
    that `REPORTS` nothing, calls on the reader to act now MIN_CALLS_TO_ACT times or more, and
    addresses the reader in MIN_SHARE_TO_READER of its sentences or more; None for any other text."""
    if not may_match(CALL_TO_ACT_NOW, folded(text)) or REPORTS.search(text):
        return None
    calls = [call.group(0) for call in CALL_TO_ACT_NOW.finditer(text)]
    if len(calls) < MIN_CALLS_TO_ACT:
        return None
    # Split only now: splitting every text that reports nothing (a lead, a stream item) cost a tenth of the cleaner's time.
    sentences = [sentence for paragraph in text.split("\n\n") for sentence in sentence_pieces(paragraph)]
    to_reader = sum(bool(CALL_TO_ACT_NOW.search(sentence) or ADDRESSES_READER.search(sentence)) for sentence in sentences)
    return calls[0] if to_reader >= MIN_SHARE_TO_READER * len(sentences) else None


def boilerplate_reason(text: str, title: str | None) -> str | None:
    """Why a cleaned document (its text and headline) is not an article, or None when it is one."""
    if is_site_boilerplate(text):
        return "archive or site boilerplate, not an article"
    words = word_count(text)
    if not words:
        return "no text left after cleaning"
    problem = short_text_problem(text, title) if words < MIN_ARTICLE_WORDS else None
    if problem:
        return f"only {count(words, 'word', 'words')} of text after cleaning, and it {problem}"
    if call := advertising_call(text):
        return f"reads as advertising copy (\"{call}\"), not news: it tells the reader to act now and reports nothing"
    return None


def shown_title(title: str | None) -> str | None:
    """A headline as shown ("<b>Dam</b> fails" is "Dam fails"), or None where nothing of it shows
    (one of markup alone, "<img src=x>")."""
    shown = without_markup(title or "")
    return shown if shown.strip() else None


def is_headline_only(article: Article) -> bool:
    """Whether an article's text is nothing but its headline (a headline stream's item, or a feed
    entry with no description): the cleaner drops the headline from the text, leaving none."""
    title = shown_title(article.title)
    return title is not None and " ".join(normalize(article.text).split()).lower() == " ".join(normalize(title).split()).lower()


def clean_article(article: Article) -> Article:
    """The article's text without junk, with the metadata the junk carried filled in.

    Metadata that came with the article (from HTML or JSONL) wins over what the text says.
    """
    lines = classify_lines(article.text)
    title = shown_title(article.title)
    if title:
        as_a_line = normalize(title).strip().lower()  # as the text's lines are ("Wait . . . what" as "Wait ... what")
        lines = [l for l in lines if not (l.is_content and l.text.strip().lower() == as_a_line)]
    meta = extract_metadata(lines)
    content = [l.text for l in lines if l.is_content]
    if content and superseding_update(strip_lead_in(content[0], is_lead=True)) is not None:
        content = content[1:]  # told in a warning (`clean_cluster`)
    paragraphs = [without_link_residue(without_inline_junk(strip_section_labels(without_inline_widgets(
        with_one_opening_quote(without_list_dash(strip_lead_in(text, is_lead=not index))))))) for index, text in enumerate(content)]
    paragraphs = [p for p in without_cut_name_at_end(paragraphs) if p]
    return replace(
        article,
        text=strip_reference_markers("\n\n".join(paragraphs)),
        title=title or meta.title,
        outlet=article.outlet or meta.outlet,
        author=article.author or meta.author,
        published=article.published or meta.published,
        republished_by=article.republished_by or meta.republished_by,
    )


@dataclass(frozen=True)
class CleanedCluster:
    cluster: Cluster
    warnings: tuple[str, ...]


def drop_reason(article: Article, cleaned: Article) -> str | None:
    """Why an article (`cleaned` by `clean_article`) is dropped, or None when it is kept."""
    if not article.text.strip():
        return "it has no text"
    if not cleaned.text.strip() and is_headline_only(article):
        return "a headline only, no text to brief"
    return boilerplate_reason(cleaned.text, cleaned.title)


def clean_cluster(cluster: Cluster) -> CleanedCluster:
    """Clean every article and drop those that are not articles, saying which and why, and say
    which article opens on an update superseding its text (`opening_update`)."""
    kept: list[Article] = []
    warnings: list[str] = []
    for article in cluster.articles:
        cleaned = clean_article(article)
        reason = drop_reason(article, cleaned)
        if reason:
            warnings.append(f"dropped {article.note_name}: {reason}")
            continue
        kept.append(cleaned)
        if update := opening_update(article.text):
            warnings.append(f"{article.note_name} opens on an editor's update that may supersede its text, which the brief "
                            f"reads as it stands: \"{update}\"")
    kept = [with_lead_in_in_case(article, kept) for article in kept]
    return CleanedCluster(replace(cluster, articles=tuple(kept)), tuple(warnings))
