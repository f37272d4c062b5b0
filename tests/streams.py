"""Small article streams for the story tests, written by hand (nothing read from /work/shared).

Three stories, four reports each from different outlets, in their own words, interleaved in
arrival order; plus helpers that write them as article JSONL, feeds and WARC archives.
"""
from __future__ import annotations

import io
import json
from pathlib import Path

from conftest import EXAMPLE_JUNK, MEE_FILE

STORIES = {
    "port": [
        ("Dock workers walk out at Rotterdam port", "Harbour Times",
         "Thousands of dock workers at the port of Rotterdam walked off the job on Monday, halting container "
         "terminals in a dispute over automation and pay. The union said the strike would last 48 hours."),
        ("Rotterdam port strike strands container ships", "Freight Weekly",
         "Container ships queued outside Rotterdam as a dockers' strike over automated cranes and wages shut the "
         "terminals. Shipping lines warned of delays across European supply chains."),
        ("Union extends strike at Dutch port of Rotterdam", "Dutch Courier",
         "The dockers' union at Rotterdam extended its walkout by two days after talks with terminal operators on "
         "automation and pay broke down, leaving container terminals idle."),
        ("Rotterdam dockers and terminal operators resume talks", "Euro Business",
         "Terminal operators in Rotterdam agreed to resume talks with striking dock workers, whose walkout over "
         "automation and wages has left container ships waiting at anchor."),
    ],
    "volcano": [
        ("Volcano erupts near Grindavik in Iceland", "North Atlantic News",
         "A volcano erupted on Iceland's Reykjanes peninsula near the town of Grindavik late on Sunday, sending "
         "lava fountains into the night sky. Residents had been evacuated days before. Scientists had warned for weeks "
         "that magma was building up under the peninsula."),
        ("Lava flows toward Grindavik after Icelandic eruption", "Geo Report",
         "Lava from the Reykjanes eruption flowed toward Grindavik, where defensive walls were built to protect "
         "homes. Iceland's Met Office said the fissure was about three kilometres long. It is the fourth eruption on "
         "the peninsula since December, and lava defences were raised around the power plant at Svartsengi."),
        ("Iceland eruption: Blue Lagoon closes as lava nears Grindavik", "Travel Desk",
         "The Blue Lagoon spa closed as lava from the volcanic fissure on the Reykjanes peninsula approached "
         "Grindavik. Flights at Keflavik airport were not affected by the eruption, the airport operator said in a "
         "statement on Monday morning. Tourists were told to stay away from the area until the lava stopped."),
        ("Grindavik residents watch lava cross barrier in Iceland", "Nordic Wire",
         "Lava crossed a barrier north of Grindavik, Iceland, as the eruption on the Reykjanes peninsula "
         "continued. Emergency crews said no one was in danger because the town had been evacuated. Power and hot water "
         "lines to the town were cut by the lava."),
    ],
    "yen": [
        ("Bank of Japan raises interest rates for first time in 17 years", "Asia Markets",
         "The Bank of Japan raised its benchmark interest rate for the first time in 17 years on Tuesday, ending "
         "negative rates. Governor Kazuo Ueda said inflation was nearing the bank's 2% target."),
        ("BOJ ends negative interest rate policy", "Finance Daily",
         "Japan's central bank ended its negative interest rate policy, lifting the short-term rate to between "
         "zero and 0.1%. Governor Ueda said financial conditions would stay accommodative."),
        ("Yen weakens after Bank of Japan rate hike", "Currency Watch",
         "The yen weakened against the dollar after the Bank of Japan raised rates, as traders judged that "
         "Governor Ueda signalled few further increases. Japanese bond yields were little changed."),
        ("Japan central bank scraps yield curve control as it lifts rates", "Tokyo Ledger",
         "The Bank of Japan scrapped yield curve control and raised interest rates, Governor Kazuo Ueda said, "
         "citing wage gains and inflation near its 2% target."),
    ],
}


def stream_records() -> list[dict]:
    """The twelve articles interleaved (port, volcano, yen, port, ...), each with its story as gold_cluster."""
    records = []
    for index in range(4):
        for story, articles in STORIES.items():
            title, outlet, text = articles[index]
            records.append({"doc_id": f"{story}-{index}", "title": title, "outlet": outlet, "text": text,
                            "timestamp": str(1_700_000_000_000 + 3_600_000 * len(records)), "gold_cluster": story})
    return records


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def mee_copy_text() -> str:
    """The Middle East Eye report as another site republishes it: the same story text, other junk."""
    lines = MEE_FILE.read_text(encoding="utf-8").splitlines()
    # Anti-Media's appeals and notices out (the example's junk, listed by hand in conftest).
    story = [l for l in lines if l.strip() and not any(junk in l for junk in EXAMPLE_JUNK)]
    return "\n\n".join(
        ["World News Daily", "Home | World | Middle East | Subscribe", *story,
         "Share this article on Facebook", "Sign up for our free morning newsletter",
         "© 2017 World News Daily. All rights reserved."]
    )


def rss_feed(items: list[dict], title: str = "Test Wire") -> str:
    entries = "".join(
        f"<item><title>{i['title']}</title><link>https://example.org/{i['doc_id']}</link>"
        f"<guid>https://example.org/{i['doc_id']}</guid><pubDate>Mon, 13 Nov 2023 10:00:00 GMT</pubDate>"
        f"<description><![CDATA[<p>{i['text']}</p>]]></description></item>"
        for i in items
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>{entries}</channel></rss>'


def warc_bytes(items: list[dict], gzip: bool = True) -> bytes:
    """A WARC (gzipped unless told otherwise) with one HTML response per item, written with warcio."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    for item in items:
        html = (f"<html><head><title>{item['title']}</title></head><body><article><h1>{item['title']}</h1>"
                f"<p>{item['text']}</p><p>{item['text']}</p></article></body></html>").encode("utf-8")
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record(f"https://example.org/{item['doc_id']}", "response",
                                           payload=io.BytesIO(html), http_headers=headers)
        writer.write_record(record)
    return buffer.getvalue()
