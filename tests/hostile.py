"""Hostile articles for the web tests, written by hand: real-looking reports of one story
(a town's water contamination vote) whose titles, outlets, bodies and links carry markup and
script, as a scraper may hand them over. Every page must show them as text.
"""
from __future__ import annotations

from html import escape

SCRIPT_TITLE = "Council votes to close reservoir <script>window.__pwned = 'title'</script>"
IMG_OUTLET = "Valley Ledger <img src=x onerror=\"window.__pwned='outlet'\">"
JS_URL = "javascript:window.__pwned='url'"
BODY_SCRIPT = "<script>window.__pwned = 'body'</script>"
BODY_IMG = "<img src=x onerror=\"window.__pwned='body-img'\">"
ATTRIBUTE_BREAK = "Officials called it \" onmouseover=\"window.__pwned='attribute' a temporary measure."
LINK_TEXT = "<a href=\"javascript:window.__pwned='link'\">the council's report</a>"

HOSTILE_ARTICLES = [
    {
        "doc_id": "ledger-reservoir",
        "title": SCRIPT_TITLE,
        "outlet": IMG_OUTLET,
        "published": "2024-03-04T09:30:00+00:00",
        "url": JS_URL,
        # One long paragraph, as scrapers merge them. The cleaner reads markup as a browser shows it
        # (a script element is never shown), so the body payloads come escaped, as a page quoting
        # them has them: cleaned, they are text that holds "<script>", and must reach the page as text.
        "text": (
            "The Millbrook town council voted 5-2 on Monday to close the Eastfield reservoir after tests found "
            "lead levels three times above the federal limit. " + escape(BODY_SCRIPT) + " Residents were told to use "
            "bottled water until at least the end of the month, and the council said it would hand out free "
            "filters at the library from Tuesday. " + escape(BODY_IMG) + " Engineers blamed corroded service pipes laid "
            "in the 1950s, and a consultant's report presented to the council put the cost of replacing them at "
            "an estimated $14 million, money the town does not have in its reserves. The council asked the state "
            "for an emergency loan and said it would apply for federal infrastructure grants before the summer. "
            "Parents at the meeting asked whether the two schools on the east side of town had been tested, and "
            "the superintendent said results for both buildings were expected by Friday. "
            "Calloway said the town had warned residents in January that older homes might be affected, but "
            "several people at the meeting said they had never received the notice. The clerk said the letters "
            "went to every address on the water billing list, which does not include renters. "
            "The state health department said it would send a team to Millbrook next week to sample taps in "
            "homes built before 1960, and that blood tests for children under six would be offered free of "
            "charge at the county clinic. A local pediatrician urged parents not to wait for the results and to "
            "switch to bottled water for formula and cooking at once. The reservoir supplies about 9,000 "
            "people, roughly a third of the town, and the rest of Millbrook draws its water from wells that "
            "passed the same tests. " + ATTRIBUTE_BREAK + "\n\n"
            "Mayor Ruth Calloway said the town had no choice. \"We will not ask families to drink water we would not "
            "give our own children,\" Calloway said at the meeting.\n\n"
            "Read the full report: " + LINK_TEXT
        ),
    },
    {
        "doc_id": "courier-reservoir",
        "title": "Millbrook shuts Eastfield reservoir over lead <b onmouseover=\"window.__pwned='bold'\">levels</b>",
        "outlet": "County Courier</title><script>window.__pwned='outlet2'</script>",
        "published": "2024-03-05T14:00:00+00:00",
        "url": "https://courier.example/millbrook-reservoir",
        "text": (
            "Millbrook's council has shut the Eastfield reservoir, voting 5-2 on Monday after water tests showed "
            "lead at three times the federal limit.\n\n"
            "Households must rely on bottled water until at least the end of the month, officials said, and free "
            "filters will be handed out at the public library starting Tuesday.\n\n"
            "\"We will not ask families to drink water we would not give our own children,\" Mayor Ruth Calloway "
            "told the meeting. Two council members voted against the closure, arguing that the tests should be "
            "repeated first.\n\n"
            "A consultant's report put the cost of replacing the corroded 1950s service pipes at $14 million. "
            "<iframe src=\"javascript:window.__pwned='iframe'\"></iframe>"
        ),
    },
]
