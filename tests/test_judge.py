"""Judges: the offline rule judge on realistic snippet pairs (one category each), the optional
chat judge against fake OpenAI-compatible servers (working, down, garbage, slow), and the judge
settings of the library and the CLI.

The snippets read like two wire stories on one event; entities come from the real spaCy model.
"""
from __future__ import annotations

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newsbrief.cli import app
from newsbrief.entities import mentions
from newsbrief.judge import (JUDGED_CHARACTERS, ChatJudge, RuleJudge, Statement, Verdict, control_claims, counts_one_thing,
                             date_conflict, figure_value, figures_differ, gives_up_claim, weekdays_in_a_row)
from newsbrief.pipeline import BriefOptions, JudgeSettings, brief

RULES = RuleJudge()


def statements(*texts: str, previous_place: str | None = None) -> list[Statement]:
    return [Statement(text, found, previous_place) for text, found in zip(texts, mentions(list(texts)))]


def judged(a: str, b: str) -> Verdict | None:
    first, second = statements(a, b)
    verdict = RULES(first, second)
    # The order the two outlets come in does not change what kind of disagreement it is.
    reverse = RULES(second, first)
    assert (verdict and verdict.kind) == (reverse and reverse.kind)
    return verdict


# ---- the rule judge, one category at a time ------------------------------------------------------

def test_held_place_against_under_the_control_of():
    verdict = judged(
        "Iraqi forces shelled IS-held Mosul on Tuesday.",
        "Mosul is now under the control of the Iraqi army.",
    )
    assert verdict is not None and verdict.kind == "control"
    assert "Mosul" in verdict.reason and "IS" in verdict.reason and "the Iraqi army" in verdict.reason


def test_under_the_control_of_after_other_words():
    # The usual wire shape: the place is not the first capitalised word of the sentence.
    (statement,) = statements("Officials said Mosul is under the control of the Iraqi army.")
    assert statement.mentions.places == ("Mosul",)
    assert control_claims(statement) == {"mosul": "the Iraqi army"}
    verdict = judged("Iraqi forces shelled IS-held Mosul on Tuesday.", statement.text)
    assert verdict is not None and verdict.kind == "control"


def test_the_province_resolves_to_the_place_named_before():
    province = "The province is under the control of Hayat Tahrir al-Sham."
    held = "Shelling continued in IS-held Idlib province on Thursday."
    (resolved,) = statements(province, previous_place="Idlib")
    (unresolved,) = statements(province)
    (other,) = statements(held)
    assert control_claims(resolved) == {"idlib": "Hayat Tahrir al-Sham"}
    assert control_claims(unresolved) == {}
    assert control_claims(other) == {"idlib": "IS"}
    verdict = RULES(resolved, other)
    assert verdict is not None and verdict.kind == "control"
    assert "Idlib" in verdict.reason and "Hayat Tahrir al-Sham" in verdict.reason
    # Without knowing which province, nothing says who holds Idlib.
    assert (RULES(unresolved, other) or Verdict("", "")).kind != "control"


def test_the_example_dw_sentence_claims_idlib_for_ahrar_al_sham():
    (statement,) = statements(
        "The province borders Turkey and is largely under the control of Turkish-backed Ahrar al-Sham and "
        "associated rebel groups, with portions under the control of rival salafist group Tahrir al-Sham.",
        previous_place="Idlib",
    )
    assert control_claims(statement)["idlib"] == "Turkish-backed Ahrar al-Sham and associated rebel groups"


def test_same_controller_is_not_a_control_disagreement():
    verdict = judged(
        "Iraqi forces shelled IS-held Mosul on Tuesday.",
        "Mosul has been under the control of IS since June 2014.",
    )
    assert verdict is None or verdict.kind != "control"


def test_a_generic_controller_cannot_contradict_a_name():
    # Middle East Eye's own sentence: "under militant control" does not say who.
    verdict = judged(
        "Putin and Erdogan agree to push for de-escalation zones in Syria, particularly in IS-held Idlib province.",
        "Erdogan said after talks in Ankara that the pair agreed to “pursue more intensely” the implementation of "
        "a de-escalation zone in Idlib, which is currently under militant control, in comments echoed by Putin.",
    )
    assert verdict is None or verdict.kind != "control"


def test_numbers():
    verdict = judged(
        "A car bomb killed 12 people at a checkpoint in Azaz on Sunday, a monitoring group said.",
        "A car bomb killed 15 people at a checkpoint in Azaz on Sunday, according to a monitoring group.",
    )
    assert verdict == Verdict("numbers", "12 vs 15")


def test_a_change_and_a_level_in_one_mention_are_no_figure_to_clash():
    # "by 92,000 to 498,000" is a fall and the level it reached, not a range starting at 92,000.
    assert judged(
        "Initial claims for jobless benefits fell by 31,000 to 412,000 last week, the Labor Department said.",
        "Applications for jobless benefits fell to 412,000 last week from a revised 443,000, the Labor Department said.",
    ) is None


@pytest.mark.parametrize("a, b", [
    # March dates the level the rate rose from, not April's rate.
    ("The jobless rate ticked up to 5.2% from 5.1% in March, the Labor Department said on Friday.",
     "The jobless rate rose to 5.2% in April, up from 5.1% a month earlier, the Labor Department said on Friday."),
    # 2031 dates the plan's target; both give the plan's budget year.
    ("The mayor’s budget plan asks the city to spend $6 billion in the 2022 fiscal year and for total spending to "
     "hit $8.2 billion by 2031, according to documents first obtained by the Gazette.",
     "The mayor will include $300 million of the $5 billion total in her budget request to the council for fiscal "
     "year 2022."),
])
def test_a_date_of_a_figure_is_not_the_date_of_the_event(a, b):
    verdict = judged(a, b)
    assert verdict is None or verdict.kind != "dates"


def test_the_same_number_written_differently_agrees():
    assert judged(
        "Turkey has signed a deal worth $2bn to buy S-400 air defence systems from Russia.",
        "Turkey has signed a deal worth 2 billion dollars to buy S-400 air defence systems from Russia.",
    ) is None


@pytest.mark.parametrize("a, b", [
    # A figure given loosely covers the exact figure it rounds to.
    ("Kleiner Perkins is seeking to recover about $973,000 in costs from the trial.",
     "Kleiner Perkins asked Pao to pay $972,814 in costs from the trial."),
    ("Kleiner offered to settle the case for almost $1 million before the trial.",
     "Kleiner offered to settle the case for $964,502 before the trial."),
])
def test_a_loose_figure_agrees_with_the_exact_one_it_rounds_to(a, b):
    assert judged(a, b) is None


@pytest.mark.parametrize("a, b, figures", [
    # "Nearly" puts the count just under its figure: $1.2 million rounds to $1 million but is over it.
    ("The city paid nearly $1 million to settle the lawsuit over the crash.",
     "The city paid $1.2 million to settle the lawsuit over the crash.", ("1 million", "1.2 million")),
    # "About 25,000" rounds 40,000 to nothing like it; two exact figures must be equal.
    ("About 25,000 homes lost power when the storm hit the coast on Monday.",
     "The storm cut power to 40,000 homes when it hit the coast on Monday.", ("25,000", "40,000")),
    ("Kleiner Perkins asked Pao to pay $972,814 in costs from the trial.",
     "Kleiner Perkins asked Pao to pay $973,000 in costs from the trial.", ("972,814", "973,000")),
])
def test_figures_that_no_rounding_reconciles_disagree(a, b, figures):
    verdict = judged(a, b)
    assert verdict.kind == "numbers" and all(figure in verdict.reason for figure in figures)


def test_dates():
    verdict = judged(
        "Putin arrived in Ankara on Thursday for talks with Erdogan.",
        "Putin arrived in Ankara on Wednesday for talks with Erdogan.",
    )
    assert verdict == Verdict("dates", "Thursday vs Wednesday")


@pytest.mark.parametrize("a, b", [
    # DW and Middle East Eye on the same remark: two spans, neither pins a date.
    ("Putin said the two countries would deepen coordination on ending the six-year conflict in Syria.",
     "Putin said the two countries would deepen coordination on ending the more than six-year civil war in Syria."),
    # A span against a year is no conflict either.
    ("Putin said the two countries would deepen coordination on ending the six-year conflict in Syria.",
     "Putin said the two countries would deepen coordination on ending the war that has raged in Syria since 2011."),
])
def test_a_span_is_not_a_date_conflict(a, b):
    assert judged(a, b) is None


def test_decade_long_is_a_span_not_a_date():
    # "decade" is a span like "six-year"; the war that began in 2011 had lasted about a decade.
    verdict = judged(
        "Putin said the two countries would deepen coordination on ending the decade-long conflict in Syria.",
        "Putin said the two countries would deepen coordination on ending the war that has raged in Syria since 2011.",
    )
    assert verdict is None


def test_places():
    verdict = judged("Putin met Erdogan in Ankara on Thursday.", "Putin met Erdogan in Istanbul on Thursday.")
    assert verdict == Verdict("places", "Ankara vs Istanbul")


def test_negation():
    verdict = judged(
        "The two leaders discussed the S-400 missile deal at the news conference.",
        "The two leaders did not discuss the S-400 missile deal at the news conference.",
    )
    assert verdict is not None and verdict.kind == "negation"


def test_hedging():
    verdict = judged(
        "Turkey has signed a deal worth $2bn to buy S-400 air defence systems from Russia.",
        "Turkey has signed a deal reportedly worth $2bn to buy S-400 air defence systems from Russia.",
    )
    assert verdict is not None and verdict.kind == "hedging"


def test_two_reports_that_agree():
    assert judged(
        "Russia and Turkey on Thursday pledged to work more closely to end the Syrian civil war.",
        "Russia and Turkey pledged on Thursday to work more closely to end the civil war in Syria.",
    ) is None


def test_rule_judge_name():
    assert RULES.name == "rules"


# ---- the chat judge against fake servers ---------------------------------------------------------

IDLIB_REASON = "one outlet says IS holds Idlib, the other Ahrar al-Sham"


class FakeChat(BaseHTTPRequestHandler):
    """An OpenAI-compatible endpoint; the first path segment picks how it behaves."""

    requests: list = []

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        FakeChat.requests.append((self.path, body))
        mode = self.path.split("/")[1]
        prompt = body["messages"][0]["content"]
        if mode == "slow":
            time.sleep(2)
        if mode == "error":
            self.send_error(500, "model not loaded")
            return
        if mode == "missing":  # the error body of OpenAI-compatible servers (llama.cpp, vLLM)
            self.send_json(404, {"error": {"message": "model 'fake-model' not found", "type": "not_found_error"}})
            return
        if mode == "shapeless":
            self.send_json(200, {"result": "no"})
            return
        if mode == "yes":
            # Contradiction only for the Idlib pair: who holds it.
            contradiction = "IS-held" in prompt and "Ahrar al-Sham" in prompt
            content = json.dumps({"contradiction": contradiction, "reason": IDLIB_REASON if contradiction else "compatible"})
        elif mode == "chatty":
            content = 'Sure. ```json\n{"contradiction": true, "reason": "different places"}\n```'
        elif mode == "prose":
            content = "I think these statements are probably compatible."
        elif mode == "null":
            content = None
        else:
            content = json.dumps({"contradiction": True, "reason": "slow but sure"})
        payload = {"choices": [{"message": {"role": "assistant", "content": content}}]}
        self.send_json(200, "<html>502 Bad Gateway</html>" if mode == "html" else payload)

    def send_json(self, status, payload):
        raw = payload.encode() if isinstance(payload, str) else json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def log_message(self, *args):
        pass


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # The "slow" reply meets a socket the judge already closed on timeout: expected, and a
        # traceback printed from this thread would land in whatever output is captured then.
        pass


@pytest.fixture(scope="module")
def chat_server():
    server = QuietServer(("127.0.0.1", 0), FakeChat)
    server.daemon_threads = True
    server.block_on_close = False
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def not_http_server():
    """Something that is not an HTTP server listening where the judge was pointed (a wrong port)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()

    def serve():
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            with connection:
                connection.recv(65536)
                connection.sendall(b"-ERR unknown command 'POST'\r\n")

    threading.Thread(target=serve, daemon=True).start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/v1"
    listener.close()


def closed_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


# Two wire stories on where the leaders met: the rule judge calls it a places disagreement.
ANKARA, ISTANBUL = "Putin met Erdogan in Ankara on Thursday.", "Putin met Erdogan in Istanbul on Thursday."


@pytest.fixture(scope="module")
def city_pair() -> tuple[Statement, Statement]:
    a, b = statements(ANKARA, ISTANBUL)
    assert RULES(a, b) == Verdict("places", "Ankara vs Istanbul")
    return a, b


def test_chat_judge_server_down_falls_back_to_the_rules(city_pair):
    url = closed_port_url()
    judge = ChatJudge(url, "qwen2.5", timeout=0.5)
    assert judge(*city_pair) == Verdict("places", "Ankara vs Istanbul")
    assert judge.failures == [f"judge at {url} failed (connection refused); is the server running? used the rule judge"]
    judge(*city_pair)
    assert len(judge.failures) == 2
    assert judge.name == "rules"  # the rules decided everything, and the comparison says so


def test_chat_judge_is_named_chat_while_the_server_answers(chat_server, city_pair):
    judge = ChatJudge(chat_server + "/yes/v1", "fake-model", timeout=5)
    assert judge.name == "chat"
    judge(*city_pair)
    assert judge.name == "chat"


def test_chat_judge_verdict_is_used(chat_server):
    a, b = statements(
        "The province is largely under the control of Turkish-backed Ahrar al-Sham.",
        "Putin and Erdogan agree to push for de-escalation zones in Syria, particularly in IS-held Idlib province.",
    )
    FakeChat.requests.clear()
    judge = ChatJudge(chat_server + "/yes/v1/", "fake-model", timeout=5)
    assert judge(a, b) == Verdict("llm", IDLIB_REASON)
    assert judge.failures == []
    ((path, body),) = FakeChat.requests
    assert path == "/yes/v1/chat/completions"
    assert body["model"] == "fake-model"
    assert a.text in body["messages"][0]["content"] and b.text in body["messages"][0]["content"]


def test_chat_judge_no_contradiction_overrides_the_rules(chat_server, city_pair):
    # The server finds nothing wrong with this pair; its answer stands, the rules are not asked.
    judge = ChatJudge(chat_server + "/yes/v1", "fake-model", timeout=5)
    assert judge(*city_pair) is None
    assert judge.failures == []


def test_chat_judge_reads_json_wrapped_in_prose(chat_server, city_pair):
    judge = ChatJudge(chat_server + "/chatty/v1", "fake-model", timeout=5)
    assert judge(*city_pair) == Verdict("llm", "different places")
    assert judge.failures == []


# The warning says in plain words what went wrong, never Python's exception names or reprs.
@pytest.mark.parametrize("mode, failure", [
    ("prose", "(the model's answer is not the JSON asked for); used the rule judge"),
    ("null", "(the model's answer is not the JSON asked for); used the rule judge"),
    ("html", "(the reply is not JSON); used the rule judge"),
    ("shapeless", "(the reply is not a chat completion); used the rule judge"),
    ("error", "(HTTP 500: model not loaded); used the rule judge"),
    ("missing", "(HTTP 404: model 'fake-model' not found); check --judge-url and --judge-model; used the rule judge"),
])
def test_chat_judge_garbage_answer_falls_back(chat_server, city_pair, mode, failure):
    judge = ChatJudge(chat_server + f"/{mode}/v1", "fake-model", timeout=5)
    assert judge(*city_pair) == Verdict("places", "Ankara vs Istanbul")
    assert judge.failures == [f"judge at {chat_server}/{mode}/v1 failed {failure}"]


def test_chat_judge_not_an_http_server_falls_back(not_http_server, city_pair):
    judge = ChatJudge(not_http_server, "fake-model", timeout=2)
    assert judge(*city_pair) == Verdict("places", "Ankara vs Istanbul")
    assert judge.failures == [f"judge at {not_http_server} failed (the reply is not HTTP); "
                              "is --judge-url the chat server's address? used the rule judge"]


def test_chat_judge_unknown_host_falls_back(city_pair, monkeypatch):
    def no_such_host(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)  # no DNS lookup from a test
    judge = ChatJudge("http://chat.example.invalid/v1", "fake-model", timeout=2)
    assert judge(*city_pair) == Verdict("places", "Ankara vs Istanbul")
    assert judge.failures == ["judge at http://chat.example.invalid/v1 failed (host not found); check --judge-url; "
                              "used the rule judge"]


def test_chat_judge_timeout_falls_back_quickly(chat_server, city_pair):
    judge = ChatJudge(chat_server + "/slow/v1", "fake-model", timeout=0.3)
    start = time.perf_counter()
    assert judge(*city_pair) == Verdict("places", "Ankara vs Istanbul")
    assert time.perf_counter() - start < 1.5  # the server answers after 2 s
    assert judge.failures == [f"judge at {chat_server}/slow/v1 failed (no answer in 0.3 s); "
                              "a slow model needs a longer --judge-timeout; used the rule judge"]


# ---- the chat judge inside a brief ---------------------------------------------------------------

def test_brief_with_the_chat_judge_down_still_compares(example_cluster, example_brief):
    url = closed_port_url()
    result = brief(example_cluster, BriefOptions(judge=JudgeSettings(kind="chat", url=url, model="qwen2.5", timeout=0.5)))
    assert result.comparison is not None
    assert result.comparison.judge == "rules"  # every question fell back to them
    # Every call fell back, so the rule judge's disagreements are what the brief shows.
    assert result.comparison.disagreements == example_brief.comparison.disagreements
    assert result.sentences == example_brief.sentences
    assert len(result.warnings) == len(example_brief.warnings) + 1
    (warning,) = [w for w in result.warnings if w not in example_brief.warnings]
    assert url in warning and "rule judge" in warning and "fell back" in warning


def test_brief_with_a_working_chat_judge_uses_its_verdicts(example_cluster, example_brief, chat_server):
    FakeChat.requests.clear()
    settings = JudgeSettings(kind="chat", url=chat_server + "/yes/v1", model="fake-model", timeout=5)
    result = brief(example_cluster, BriefOptions(judge=settings))
    assert result.warnings == example_brief.warnings  # nothing fell back
    assert FakeChat.requests and all(body["model"] == "fake-model" for _, body in FakeChat.requests)
    comparison = result.comparison
    assert comparison.judge == "chat"
    # The server said yes only to the Idlib pair; every other pair it was asked about stands.
    assert [(d.kind, d.reason) for d in comparison.disagreements] == [("llm", IDLIB_REASON)]
    (found,) = comparison.disagreements
    assert {found.a.source, found.b.source} == {1, 2}
    assert "IS-held Idlib" in (found.a.text + found.b.text) and "Ahrar al-Sham" in (found.a.text + found.b.text)
    # The rest of the comparison does not depend on the judge.
    assert comparison.agreed == example_brief.comparison.agreed
    assert comparison.quotes == example_brief.comparison.quotes


# ---- settings --------------------------------------------------------------------------------------

@pytest.mark.parametrize("kwargs", [
    {"kind": "chat"},
    {"kind": "chat", "url": "http://localhost:8080/v1"},
    {"kind": "chat", "model": "qwen2.5"},
])
def test_chat_settings_need_url_and_model(kwargs):
    with pytest.raises(ValueError, match="chat judge needs --judge-url and --judge-model"):
        JudgeSettings(**kwargs)


def test_unknown_judge_kind():
    with pytest.raises(ValueError, match="unknown judge 'nli'; choose rules or chat"):
        JudgeSettings(kind="nli")


def test_settings_build_their_judge():
    assert isinstance(JudgeSettings().build(), RuleJudge)
    judge = JudgeSettings(kind="chat", url="http://localhost:8080/v1", model="qwen2.5", timeout=3).build()
    assert isinstance(judge, ChatJudge)
    assert (judge.url, judge.model, judge.timeout, judge.name) == ("http://localhost:8080/v1", "qwen2.5", 3, "chat")




@pytest.mark.parametrize("args, message", [
    (["brief", "--judge", "chat"], "the chat judge needs --judge-url and --judge-model"),
    (["compare", "--judge", "chat", "--judge-url", "http://localhost:8080/v1"], "the chat judge needs --judge-url and --judge-model"),
    (["compare", "--judge", "chat", "--judge-model", "qwen2.5"], "the chat judge needs --judge-url and --judge-model"),
    (["brief", "--judge", "nli"], "unknown judge 'nli'; choose rules or chat"),
])
def test_cli_judge_settings_errors_are_one_line(runner, example_dir, args, message):
    command, *options = args
    result = runner.invoke(app, [command, str(example_dir), *options], prog_name="newsbrief")
    assert result.exit_code == 2
    assert isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [f"error: {message}"]


def test_cli_compare_with_the_chat_judge_down_warns_once(runner, example_dir):
    url = closed_port_url()
    result = runner.invoke(
        app, ["compare", str(example_dir), "--format", "json", "--judge", "chat", "--judge-url", url,
              "--judge-model", "qwen2.5", "--judge-timeout", "0.5"], prog_name="newsbrief")
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    warnings = [line for line in result.stderr.strip().splitlines() if line.startswith("warning: ")]
    assert warnings == [f"warning: judge at {url} failed (connection refused); is the server running? "
                        "used the rule judge (9 calls fell back)"], result.stderr
    record = json.loads(result.stdout)
    assert record["comparison"]["judge"] == "rules"  # the server answered nothing
    assert any(d["kind"] == "control" for d in record["comparison"]["disagreements"])


def test_dates_of_different_kinds_do_not_conflict():
    # A month and a weekday can both be true of one event (AllSides, Texas abortion law).
    assert judged(
        "A federal judge blocked the Texas abortion law that took effect in September.",
        "A federal judge in Texas issued an order on Wednesday blocking the abortion law.",
    ) is None


def test_negation_elsewhere_in_the_sentence_is_no_disagreement():
    # "not deliver votes" negates something the other statement never says (AllSides, debt ceiling).
    assert judged(
        "Senate Republicans sank the Democrats' plan to fund the government and raise the debt ceiling on Monday.",
        "Senate Republicans on Monday blocked a plan to fund the government and suspend the debt ceiling, "
        "carrying through on their threat to not deliver votes.",
    ) is None


def test_negation_of_a_shared_claim_is_a_disagreement():
    assert judged(
        "The minister confirmed the army will withdraw from the northern border town this week.",
        "The minister did not confirm the army will withdraw from the northern border town this week.",
    ) == Verdict("negation", "one statement negates what the other asserts")


@pytest.mark.parametrize("a, b", [
    # When each outlet heard it is not when the plant closes.
    ("On Monday, the minister said the plant will close on March 3.",
     "The plant will close on March 3, the ministry said Tuesday."),
    ("The energy ministry told reporters on Thursday that the refinery would shut for repairs in May.",
     "The refinery will shut for repairs in May, Energy Minister Ana Ruiz said Friday."),
    ("Mayor Lisa Chen on Wednesday said the bridge would reopen to traffic in the spring.",
     "The bridge will reopen to traffic in the spring, Mayor Lisa Chen said in a statement on Thursday."),
])
def test_the_day_something_was_said_is_not_a_date_conflict(a, b):
    assert judged(a, b) is None


@pytest.mark.parametrize("a, b, reason", [
    # The date of the fact still counts beside the day it was said.
    ("The minister said Monday that the plant closed on Friday after a fire.",
     "The minister said Monday that the plant closed on Thursday after a fire.", "Friday vs Thursday"),
    # A comma after a date late in the sentence ends a clause, not a speaker.
    ("Pelosi has led House Democrats since 2002.",
     "Pelosi has led House Democrats since 2003, and that is what her critics have argued.", "2002 vs 2003"),
    ("The plant will close on March 3, the ministry said.", "The plant will close on March 4, the ministry said.",
     "March 3 vs March 4"),
])
def test_the_date_of_the_fact_still_conflicts(a, b, reason):
    assert judged(a, b) == Verdict("dates", reason)


@pytest.mark.parametrize("a, b", [
    # A month named alone covers every day of it; "Oct." is October.
    ("Blumenthal told the veterans' group in Norwalk in March that he had served in Vietnam.",
     "At the March 2 event in Norwalk, Blumenthal told the veterans' group that he had served in Vietnam."),
    ("WikiLeaks sent the message to Trump Jr. on Oct. 3 about the story.",
     "WikiLeaks sent the message to Trump Jr. on October 3 about the story."),
])
def test_dates_as_precise_as_each_other_allows_agree(a, b):
    assert judged(a, b) is None


@pytest.mark.parametrize("a, b", [
    # A year a comparison reaches back to is its baseline, not the date of the count.
    ("Port officials counted more than 2 million containers this year, higher than any annual total since at "
     "least 2004.",
     "Port officials counted more than 2 million containers in fiscal year 2022."),
    ("Port officials counted 2 million containers last year, the most since 2004.",
     "Port officials counted 2 million containers in 2022."),
    ("The river crested at 9 meters this spring, its highest level since 1998.",
     "The river crested at 9 meters in April 2023."),
    ("The club won the cup this season for the first time since 1987.",
     "The club won the cup in 2023."),
])
def test_a_comparisons_baseline_is_no_date_of_the_fact(a, b):
    assert judged(a, b) is None


@pytest.mark.parametrize("a, b, reason", [
    # A bare "since" dates when the state began.
    ("The mayor has been jailed since 2019 on fraud charges.", "The mayor has been jailed since 2018 on fraud charges.",
     "2019 vs 2018"),
    # "Most" without "the" counts or describes, comparing nothing.
    ("The state has banned most fireworks in the second-most populous county since 2019.",
     "The state has banned most fireworks in the second-most populous county since 2018.", "2019 vs 2018"),
])
def test_a_state_dated_since_a_year_still_conflicts(a, b, reason):
    assert judged(a, b) == Verdict("dates", reason)


# ---- typography, negation and hedges that bear on the shared claim, places in one role --------------

@pytest.mark.parametrize("a, b", [
    # One outlet sets curly apostrophes and quotes, the other straight ones: the same words.
    ("“If the board tells you how to vote,” she said, “you don’t have a vote.”",
     "\"If the board tells you how to vote, you don't have a vote,\" she said."),
    ("The spokesman said the company couldn’t confirm the layoffs at the plant.",
     "The spokesman said the company could not confirm the layoffs at the plant."),
    # "cannot" is "can not"; "has yet to" is "has not".
    ("The mayor said the city would not allow the march to go ahead downtown.",
     "The mayor said the march downtown cannot be allowed to go ahead."),
    ("The council has yet to respond to the auditor's request for the contracts.",
     "The council did not respond to the auditor's request for the contracts."),
])
def test_negations_written_differently_agree(a, b):
    assert judged(a, b) is None


def test_a_curly_contraction_still_negates():
    assert judged(
        "The minister didn’t confirm the army will withdraw from the northern border town this week.",
        "The minister confirmed the army will withdraw from the northern border town this week.",
    ) == Verdict("negation", "one statement negates what the other asserts")


@pytest.mark.parametrize("a, b", [
    # What the court must decide is not what the suit says happened.
    ("The question before the judges was not whether the airline misled passengers about refunds.",
     "The lawsuit says the airline misled passengers about refunds and fees."),
    # "not only ... but also" adds; it denies nothing.
    ("The audit not only faulted the mayor's travel spending but also his use of a private email account.",
     "The audit also faulted the mayor for his use of a private email account."),
    # The negated word is "want", which the other statement never asserts.
    ("He did not want his campaign to split the vote and help the mayor win a second term.",
     "He worried his campaign would split the vote and help the mayor win a second term."),
    # The negation is in a clause only one outlet quotes.
    ("\"We need the strongest deal possible for our workers, and if we don't get it, there should be no deal,\" "
     "she said.",
     "\"We need the strongest deal possible for our workers,\" she said."),
])
def test_a_negation_of_another_claim_is_no_disagreement(a, b):
    assert judged(a, b) is None


@pytest.mark.parametrize("a, b", [
    # "May" is the month here, not the modal.
    ("She apologized at a bar association meeting earlier this month for the agency's review of the charity groups.",
     "The hearing would have been her first appearance since she apologized for the agency's review of the charity "
     "groups at a May 10 bar association meeting."),
    # "could" hedges what the endorsement may bring, not the endorsement.
    ("Sheriff Lee endorsed Governor Park for the party's nomination on Tuesday.",
     "Sheriff Lee said on Tuesday he will endorse Governor Park for the party's nomination, which could give Park "
     "a boost on border issues."),
])
def test_a_hedge_on_another_claim_is_no_disagreement(a, b):
    assert judged(a, b) is None


def test_a_hedge_on_the_shared_claim_still_counts():
    verdict = judged(
        "Footage allegedly showed the teacher burning the toddlers' hands with a glue gun.",
        "The teacher was filmed burning the toddlers' hands with a glue gun.",
    )
    assert verdict is not None and verdict.kind == "hedging"


@pytest.mark.parametrize("a, b", [
    # A county and a place named without its size: the town may lie in the county.
    ("A gunman killed three people at a warehouse in Harford County, Maryland, on Thursday.",
     "A gunman killed three people at a warehouse in Aberdeen on Thursday."),
    # One place, abbreviated.
    ("The court ruled that a child born in the United States to immigrant parents is a citizen.",
     "The court ruled that a child born in the U.S. to immigrant parents is a citizen."),
    ("Huckabee announced his run in his hometown of Hope, Arkansas, on Tuesday.",
     "Huckabee announced his run in his hometown of Hope, Ark., on Tuesday."),
    # Where the ad airs and which state the governor leads are two roles, not one.
    ("Perry's new ad, airing in Iowa, attacks what he calls the war on religion.",
     "Gov. Rick Perry of Texas attacks what he calls the war on religion in a new ad."),
])
def test_places_that_need_not_differ(a, b):
    assert judged(a, b) is None


@pytest.mark.parametrize("a, b, reason", [
    ("A gunman killed three people at a warehouse in Harford County on Thursday.",
     "A gunman killed three people at a warehouse in Cecil County on Thursday.", "Harford County vs Cecil County"),
    ("Seven people died when a bus crashed near Cuenca on Sunday.",
     "Seven people died when a bus crashed near Loja on Sunday.", "Cuenca vs Loja"),
])
def test_two_places_in_one_role_of_one_size_disagree(a, b, reason):
    assert judged(a, b) == Verdict("places", reason)


# ---- figures that measure different things or bound a value, date spans, purpose clauses ----------

@pytest.mark.parametrize("a, b", [
    # Both in mph, but one is how fast the storm moves, the other its winds.
    ("The hurricane, moving north at 14 mph, is heading for the coast.",
     "The hurricane is heading for the coast with sustained winds of 120 mph."),
    # A share, a count and a sum of money are three quantities.
    ("Officials aim to have 70% of adults vaccinated by July.",
     "Officials aim to have 160 million adults vaccinated by July."),
    ("The company expects $26 billion in vaccine sales this year.",
     "The company expects to deliver 1.6 billion vaccine doses this year."),
    # Two bounds that can both hold, and a value inside a bound.
    ("The storm is carrying winds of at least 131 mph as it nears the islands.",
     "The storm is carrying winds topping 130 mph as it nears the islands."),
    ("Police said more than 200 people were arrested during the protests.",
     "Police said 260 people were arrested during the protests."),
    ("Officials said up to 50 people were trapped in the collapsed mine.",
     "Officials said 40 people were trapped in the collapsed mine."),
    # The bound is read where "10" stands, not inside "2010".
    ("Since 2010, the death toll has topped 10 in every flood season.",
     "Since 2010, the death toll has reached 14 in every flood season."),
    ("Since 2010, floods have killed upwards of 10 people a year in the valley.",
     "Since 2010, floods have killed 14 people a year in the valley."),
])
def test_figures_of_different_things_or_within_a_bound_agree(a, b):
    assert judged(a, b) is None


@pytest.mark.parametrize("a, b, figures", [
    # A value outside the bound the other gives.
    ("Police said more than 200 people were arrested during the protests.",
     "Police said 150 people were arrested during the protests.", ("200", "150")),
    ("Officials said up to 50 people were trapped in the collapsed mine.",
     "Officials said 80 people were trapped in the collapsed mine.", ("50", "80")),
])
def test_a_figure_outside_a_bound_disagrees(a, b, figures):
    verdict = judged(a, b)
    assert verdict.kind == "numbers" and all(figure in verdict.reason for figure in figures)


def test_a_bound_on_another_measure_does_not_excuse_a_figure():
    # The deficit bound allows any larger sum; the two budgets are still $6 trillion and $5 trillion.
    verdict = judged(
        "The president will propose a $6 trillion budget on Friday, with deficits above $1.3 trillion for a decade.",
        "The president will propose a $5 trillion budget on Friday.",
    )
    assert verdict == Verdict("numbers", "$6 trillion vs $5 trillion")


@pytest.mark.parametrize("a, b", [
    ("Records show the man served as a guard at the camp between 1942 and 1944.",
     "Records tie the man, a former guard at the camp, to a 1943 massacre."),
    ("The senator chaired the committee from 2009 to 2017, records show.",
     "The senator chaired the committee in 2013, records show."),
])
def test_a_date_inside_a_span_agrees(a, b):
    assert judged(a, b) is None


@pytest.mark.parametrize("a, b", [
    ("Records show the man served as a guard at the camp between 1942 and 1944.",
     "Records show the man served as a guard at the camp in 1946."),
    # One tenure given two ways: the ends differ, though each span holds a year of the other.
    ("The new senator is the state's first black senator since Ed Brown, who served from 1967 to 1979.",
     "The new senator is the state's first black senator since Ed Brown, who held the seat from 1966 to 1978."),
])
def test_a_date_outside_a_span_or_a_span_with_other_ends_still_conflicts(a, b):
    verdict = judged(a, b)
    assert verdict is not None and verdict.kind == "dates"


@pytest.mark.parametrize("a, b", [
    # "so he could be tried" is "so he can be tried" after a past verb: what the request is for.
    ("Prosecutors asked Canada to send the former guard to Moscow so he could be tried for war crimes.",
     "Prosecutors asked Canada to send the former guard to Moscow so he can be tried for war crimes."),
    ("The council delayed the vote so that residents might comment on the zoning plan.",
     "The council delayed the vote so that residents can comment on the zoning plan."),
])
def test_a_modal_in_a_purpose_clause_is_no_hedge(a, b):
    assert judged(a, b) is None


@pytest.mark.parametrize("a, b", [
    ("The company said the plant could close in March after the contract ends.",
     "The company said the plant will close in March after the contract ends."),
    # "so severe that it could" is a degree and what it may lead to, not what something is for.
    ("The storm is so severe that it could flatten homes along the coast.",
     "The storm will flatten homes along the coast."),
    ("Forecasters say the storm is so strong it may flatten homes along the coast.",
     "Forecasters say the storm will flatten homes along the coast."),
])
def test_a_modal_outside_a_purpose_clause_still_hedges(a, b):
    verdict = judged(a, b)
    assert verdict is not None and verdict.kind == "hedging"


@pytest.mark.parametrize("a, b", [
    # "claims" as a noun names what is asserted; it does not hedge the sentence's own claim.
    ("The committee issued a subpoena Wednesday for a former official who had pushed the mayor's false fraud claims.",
     "The committee issued a subpoena on Wednesday to a former official who had pushed the mayor's fraud case."),
    ("Initial jobless claims fell to 310,000 last week, the Labor Department said on Thursday.",
     "The Labor Department said on Thursday that initial jobless claims fell to 310,000 last week."),
    ("The blast claimed the lives of ten workers at the plant on Monday.",
     "The blast killed ten workers at the plant on Monday."),
])
def test_claims_as_a_noun_or_a_toll_is_no_hedge(a, b):
    assert judged(a, b) is None


@pytest.mark.parametrize("a, b", [
    ("The mayor claims that the plant will close in March after the contract ends.",
     "The plant will close in March after the contract ends."),
    ("The mayor claimed to have shut the steel plant in March after the contract ended.",
     "The mayor shut the steel plant in March after the contract ended."),
])
def test_claims_as_a_verb_of_asserting_still_hedges(a, b):
    verdict = judged(a, b)
    assert verdict is not None and verdict.kind == "hedging"


# ---- numbers in words, and scales and currencies outside spaCy's mention -----------------------

@pytest.mark.parametrize("written, value", [
    ("Sixty-seven", 67), ("a dozen", 12), ("About a dozen", 12), ("two dozen", 24), ("More than sixty", 60),
    ("two million dollars", 2e6), ("two hundred thousand", 2e5), ("€24.2m", 24.2e6), ("$3bn", 3e9),
    ("24.2 million", 24.2e6),
    # Words that give no exact number.
    ("dozens", None), ("Several hundred", None), ("Nearly two-thirds", None), ("half a million dollars", None),
])
def test_figure_value_reads_words_and_scales(written, value):
    assert figure_value(written) == value


@pytest.mark.parametrize("a, b", [
    # One count in words and in figures: the other figure of each is the same too.
    ("Sixty-seven people were hurt in 2 blasts at the market.", "67 people were hurt in two blasts at the market."),
    ("Twelve people died in 3 towns after the storm.", "12 people died in three towns after the storm."),
    # A scale and a currency outside the mention ("24.2" of "€24.2m") are read with it.
    ("The club paid €24.2m for the striker, a club record.",
     "The club paid 24.2 million euros for the striker, a club record."),
    ("The regulator fined the bank $3bn on Monday.", "The regulator fined the bank 3 billion dollars on Monday."),
    # Sums in two currencies may be one sum converted.
    ("The club paid $24m for the striker.", "The club paid €22m for the striker."),
])
def test_one_figure_written_two_ways_agrees(a, b):
    assert judged(a, b) is None


@pytest.mark.parametrize("a, b", [
    # "One of the nurses" is one of them, whoever else said so: no count of those who did.
    ("One of the nurses on duty said the ward was overcrowded.", "Two nurses on duty said the ward was overcrowded."),
    ("One of those rescued told the station that the boat sank within minutes.",
     "Four of those rescued told the station that the boat sank within minutes."),
])
def test_one_of_a_group_is_no_count(a, b):
    assert judged(a, b) is None


@pytest.mark.parametrize("a, b, reason", [
    ("Police arrested a dozen protesters outside the embassy.", "Police arrested 15 protesters outside the embassy.",
     "dozen vs 15"),
    ("The city will spend two million dollars on the bridge.", "The city will spend $3 million on the bridge.",
     "two million dollars vs $3 million"),
    ("The club paid €24.2m for the striker.", "The club paid €26m for the striker.", "€24.2m vs €26m"),
])
def test_a_figure_in_words_or_with_its_scale_outside_the_mention_still_clashes(a, b, reason):
    assert judged(a, b) == Verdict("numbers", reason)


# ---- dates of two events ---------------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    # Nothing of what each date dates is in the other: two events.
    ("The bill passed on Monday.", "The vote is set for Friday."),
    # A date between an article and a noun names that thing: the deadline is not when rockets flew.
    ("Troops shot down rockets aimed at the airport on Monday morning.",
     "Troops shot down rockets aimed at the airport as the army races against a Tuesday deadline to leave."),
    ("The council will use data from the 2020 census to draw new wards.",
     "The council will draw new wards ahead of the 2022 elections, using census data."),
])
def test_dates_of_two_events_do_not_conflict(a, b):
    assert judged(a, b) is None


@pytest.mark.parametrize("a, b, reason", [
    # The date opens the sentence: what it dates is the rest of it.
    ("On Monday, the Senate passed the farm bill.", "The Senate passed the farm bill on Tuesday.", "Monday vs Tuesday"),
    # A relative clause dates what its pronoun stands for.
    ("The senator, who left the party on Monday, will sit as an independent.",
     "The senator, who quit on Tuesday, will sit as an independent.", "Monday vs Tuesday"),
])
def test_dates_of_one_event_still_conflict(a, b, reason):
    assert judged(a, b) == Verdict("dates", reason)


# A date that names a thing ("Tuesday's vote") dates that thing, and a noun phrase after "after",
# "before" or "until" names another event than its clause's date dates (s27 QA S2, nt858).
@pytest.mark.parametrize("a, b", [
    # The weekday before a possessive names the final; the fans gathered the day before.
    ("Fans gathered outside the stadium on Saturday.", "Fans gathered outside the stadium for Sunday's final."),
    # The meeting was on Sunday, the vote after which she will act on Tuesday.
    ("Mayor Ann Hale said she will dismiss the police chief after the vote at a town meeting Sunday night.",
     "The vote on the budget was held Tuesday."),
    ("Mayor Ann Hale said she will dismiss the police chief after the vote at a town meeting Sunday night.",
     "Mayor Ann Hale is suggesting that she will dismiss the police chief after Tuesday’s vote."),
    ("Mayor Ann Hale said she will dismiss the police chief after the Nov. 3 vote at a town meeting Sunday night.",
     "Mayor Ann Hale is suggesting that she will dismiss the police chief after Tuesday’s vote."),
])
def test_a_date_of_another_event_than_the_thing_named_does_not_conflict(a, b):
    assert judged(a, b) is None


@pytest.mark.parametrize("a, b, reason", [
    ("Sunday's vote on the budget was close.", "The vote on the budget was held Tuesday.", "Sunday vs Tuesday"),
    # A possessive date names the noun of its phrase, not an adjective before it.
    ("Wednesday's heated hearing ended early.", "The hearing was held on Thursday.", "Wednesday vs Thursday"),
    # A date after "in" right after the phrase is the phrase's: the election is in June.
    ("Cowan will hold the seat until a special election in June.", "The special election will be held in July.",
     "June vs July"),
    # A date right after the phrase, or after "on", is the phrase's: the vote was on Sunday.
    ("The police chief resigned after the vote Sunday night.", "The vote on the budget was held Tuesday.",
     "Sunday vs Tuesday"),
    ("The police chief resigned after the vote on Sunday.", "The vote on the budget was held Tuesday.",
     "Sunday vs Tuesday"),
    # "After" opens a clause: the date is the shooting's.
    ("Protesters left the site after a girl was shot dead nearby Sunday night.",
     "A girl was shot dead nearby on Saturday night.", "Sunday vs Saturday"),
])
def test_a_named_thing_or_a_dated_phrase_after_after_still_conflicts(a, b, reason):
    assert judged(a, b) == Verdict("dates", reason)


def test_a_long_token_before_a_date_is_read_as_a_word():
    # A link pasted before the date: the words before a relative pronoun are whole words, so the
    # 300-character slug is one (splitting it every possible way took minutes).
    slug = "nytimes.com/2024/03/05/us/politics/" + "senate-vote-" * 24
    verdict = RULES(*statements(f"The paper's story ({slug}) said the Senate voted on Monday.",
                                "The Senate voted on Tuesday to confirm her."))
    assert verdict is not None and verdict.kind == "dates"




# ---- cut-offs of a running count --------------------------------------------------------------------

@pytest.mark.parametrize("a, b", [
    # One count told up to two dates, by outlets writing at different times.
    ("Through July, 32 cases of the illness were confirmed in the state.",
     "As of August, health officials had confirmed 50 cases of the illness in the state."),
    # One state as it stood at two dates.
    ("As of March, the suspect was still at large, police said.", "As of April, the suspect was still at large."),
    ("As of March, the smoking ban had taken effect across the state.",
     "As of April, the smoking ban had taken effect across the state."),
    # Rules in force at two dates: whether one started then, the words do not say.
    ("As of Friday, the state requires masks in all public schools.",
     "As of Monday, the state requires masks in all public schools."),
    # A count of the places where a rule took effect.
    ("As of Friday, bans on plastic bags took effect in 21 states.",
     "As of Monday, bans on plastic bags took effect in 21 states."),
])
def test_cut_offs_of_a_running_count_or_state_do_not_conflict(a, b):
    assert judged(a, b) is None


@pytest.mark.parametrize("a, b, reason", [
    # "Through" without a count ends a period; a date to come is when something is to happen.
    ("The ban on fishing runs through July.", "The ban on fishing runs through August.", "July vs August"),
    ("The 2 schools will stay shut through July.", "The 2 schools will stay shut through August.", "July vs August"),
    # A figure elsewhere in the statement does not make the end of a period a count's cut-off.
    ("The exhibition of 40 paintings runs through July.", "The exhibition of 40 paintings runs through August.",
     "July vs August"),
    ("The strike by 2,000 nurses lasted through March.", "The strike by 2,000 nurses lasted through May.",
     "March vs May"),
    ("As of July 1, masks will no longer be required in 3 states.",
     "As of June 1, masks will no longer be required in 3 states.", "July 1 vs June 1"),
    # A rule taking effect "as of" a date starts then: two dates of one start.
    ("As of July 1, the ban on plastic bags takes effect in the city.",
     "As of June 1, the ban on plastic bags takes effect in the city.", "July 1 vs June 1"),
    ("The smoking ban went into effect as of March 1, officials said.",
     "The smoking ban went into effect as of April 1, officials said.", "March 1 vs April 1"),
])
def test_the_end_of_a_period_or_a_date_to_come_still_conflicts(a, b, reason):
    assert judged(a, b) == Verdict("dates", reason)


# ---- a "sentence" as long as a page --------------------------------------------------------------

def test_a_statement_keeps_the_first_words_of_a_page_long_sentence_and_their_mentions():
    # A page a cleaner let through as one sentence: the judge reads its beginning, cut between words.
    text = "The team won the final on Sunday " + "and the crowd cheered the players " * 300 + "before a parade on Tuesday."
    (statement,) = statements(text)
    assert len(statement.text) <= JUDGED_CHARACTERS and text.startswith(statement.text)
    assert text[len(statement.text)].isspace()
    assert statement.mentions.dates == ("Sunday",)


@pytest.mark.parametrize("text", [" " * JUDGED_CHARACTERS + "word", "\n" * (JUDGED_CHARACTERS - 1) + " Smith won.",
                                  "x" * (JUDGED_CHARACTERS + 5), "a" * (JUDGED_CHARACTERS - 5) + " bc.\nde fg"])
def test_a_long_sentence_of_odd_spacing_is_cut_without_error(text):
    statement = Statement(text)
    assert len(statement.text) <= JUDGED_CHARACTERS and text.startswith(statement.text)


def test_judging_a_page_long_sentence_takes_no_time():
    # Rules that look back from each date over the whole text took seconds on 25 KB, a minute on 55 KB.
    page = " ".join(["Officials said on Monday that 12 people may not have been hurt in the town through July"] * 280)
    long, short = statements(page, "Officials said on Monday that 12 people were hurt in the town.")
    start = time.process_time()
    RULES(long, short)
    RULES(short, long)
    assert time.process_time() - start < 1.0


# ---- figures of two things: another noun, action, time or part -----------------------------------

@pytest.mark.parametrize("a, b", [
    # What the figures count is done two ways (one statement names both: the shells fired, the
    # shells that struck); "25 more" and "at least 60 more" count on from those figures.
    ("Officials said 40 shells fired from the hills struck the town on Monday and 25 more were shot down.",
     "Officials said rebels had fired more than 120 shells at the town and at least 60 more were shot down."),
    # Rockets and the sites that launch them.
    ("The army said 40 rockets hit the town.", "The army said it struck 25 rocket launch sites near the town."),
    # One day's toll and the year's.
    ("Floods killed 12 people in the valley on Sunday.", "Floods have killed more than 300 people in the valley this year."),
    # A sum and a part of it of a narrower kind.
    ("A jury ordered the firm to pay $40 million to the families.",
     "A jury ordered the firm to pay $15 million in punitive damages to the families."),
])
def test_figures_of_two_things_agree(a, b):
    assert judged(a, b) is None


@pytest.mark.parametrize("a, b", [
    # One toll, the verb in the active and the passive.
    ("Police said 20 people were killed in the blast.", "The blast killed 26 people, police said."),
    # Two words for one action, neither statement using the other's.
    ("About 25,000 homes lost power when the storm hit.", "The storm cut power to 40,000 homes when it hit."),
])
def test_one_thing_counted_two_ways_still_clashes(a, b):
    verdict = judged(a, b)
    assert verdict is not None and verdict.kind == "numbers"


@pytest.mark.parametrize("age", ["2.5-million-year-old", "2.5 million-year-old", "four-million-year-old"])
def test_an_age_in_years_is_no_count(age):
    # spaCy takes these ages for numbers; an age and a count of tools are no two figures of one measure.
    assert not figures_differ(*statements(f"Researchers unearthed {age} stone tools at the dig site.",
                                          "Researchers unearthed 3,000 stone tools at the dig site."))


def test_a_count_beside_an_age_still_clashes():
    verdict = judged("Researchers unearthed 40 stone tools from a 2.5-million-year-old layer at the dig site.",
                     "Researchers unearthed 60 stone tools from the layer at the dig site.")
    assert verdict == Verdict("numbers", "40 vs 60")


@pytest.mark.parametrize("a, b", [
    # What is asked ("whether") or supposed ("if") is not stated flatly: no hedge against it.
    ("The board will decide on Friday whether the prisoner will be released from the state prison.",
     "The prisoner could be released from the state prison next month if the board agrees."),
    ("The law lets families sue a country if it is found to have played a role in the attacks.",
     "The law lets families sue over any role the country may have played in the attacks."),
])
def test_a_hedge_against_a_question_or_condition_is_none(a, b):
    assert judged(a, b) is None


def test_figures_of_two_times_are_no_disagreement_and_no_corroboration():
    # The judge finds no clash, but two counts are two facts: neither cites nor agrees with the other.
    day, year = ("Floods killed 12 people in the valley on Sunday, officials said.",
                 "Floods have killed more than 300 people in the valley this year, officials said.")
    assert judged(day, year) is None
    assert figures_differ(*statements(day, year))
    from newsbrief.embed import get_encoder
    from newsbrief.models import Sentence
    from newsbrief.pipeline import citations

    sentences = [Sentence(day, 0, 0), Sentence(year, 1, 0)]
    assert citations([0], sentences, get_encoder().encode([day, year])) == [(1,)]


@pytest.mark.parametrize("a, b", [
    # Two outlets' transcriptions of one quotation: the modal is the mayor's word, not a hedge.
    ('The mayor said: "Our crews can rebuild the old bridge before winter."',
     'The mayor said: "Our crews could rebuild the old bridge before winter."'),
    # A quotation cut off by the site, its closing mark never written.
    ('“I told the council our crews can rebuild the old bridge before winter…',
     '"I told the council our crews could rebuild the old bridge before winter," the mayor said.'),
    # The sentence begins inside a quotation opened in the sentence before.
    ('our crews can rebuild the old bridge before winter," the mayor said.',
     'our crews might rebuild the old bridge before winter," the mayor said.'),
])
def test_a_modal_inside_a_quotation_is_the_speakers_not_a_hedge(a, b):
    assert judged(a, b) is None


def test_a_hedge_outside_a_quotation_still_counts():
    verdict = judged('Crews may rebuild the old bridge before winter, "whatever it costs," the mayor said.',
                     'Crews will rebuild the old bridge before winter, "whatever it costs," the mayor said.')
    assert verdict is not None and verdict.kind == "hedging"


# ---- hearsay beside an attributed claim, "apparent" -----------------------------------------------

@pytest.mark.parametrize("a, b", [
    # "Allegedly" is the law's caution; the other outlet tells the same charge as the police's.
    ("The driver allegedly struck two cyclists on the river bridge before fleeing the scene.",
     "The driver struck two cyclists on the river bridge before fleeing the scene, police said."),
    ("The driver allegedly struck two cyclists on the river bridge before fleeing the scene.",
     "The driver was charged with striking two cyclists on the river bridge before fleeing the scene."),
    # "Claimed that" and "said" both report the maker's figure.
    ("The drugmaker claimed that its vaccine was 90% effective in teenagers aged 12 to 17.",
     "The vaccine was 90% effective in teenagers aged 12 to 17, the drugmaker said."),
    # Both hedge: "an apparent suicide" is "apparently killed himself".
    ("The financier was found dead in his prison cell in an apparent suicide on Wednesday.",
     "The financier apparently killed himself in his prison cell on Wednesday."),
])
def test_hearsay_beside_an_attributed_claim_is_no_disagreement(a, b):
    assert judged(a, b) is None


@pytest.mark.parametrize("a, b", [
    # The other outlet states the charge as fact: one vouches, the other does not.
    ("The driver allegedly struck two cyclists on the river bridge before fleeing the scene.",
     "The driver struck two cyclists on the river bridge before fleeing the scene."),
    # A possibility against what the other outlet reports was said.
    ("The plant could close in March after the contract ends, the company said.",
     "The company said the plant will close in March after the contract ends."),
    ("The financier was found dead in his prison cell in an apparent suicide on Wednesday.",
     "The financier died by suicide in his prison cell on Wednesday."),
])
def test_hearsay_against_a_flat_claim_or_a_possibility_still_hedges(a, b):
    verdict = judged(a, b)
    assert verdict is not None and verdict.kind == "hedging"


@pytest.mark.parametrize("a, b", [
    ("It was apparent that the financier killed himself in his prison cell on Wednesday.",
     "The financier killed himself in his prison cell on Wednesday."),
    # "apparent" hedges the suicide, which the other outlet does not state.
    ("The financier was found dead in his prison cell in an apparent suicide on Wednesday.",
     "Guards confirmed the financier had been found dead in his prison cell on Wednesday."),
])
def test_apparent_as_plain_or_of_what_the_other_does_not_state_is_no_hedge(a, b):
    assert judged(a, b) is None


# ---- places spaCy did not tag, and a place naming the thing it holds ---------------------------------

@pytest.mark.parametrize("a, b, places", [
    # Two neighbourhoods for one incident, each naming the daycare ("a <place> daycare").
    ("Three children were hurt in an incident at a Maple Grove daycare on Friday, police said.",
     "Three children were hurt in an incident at a Cedar Hill day care on Friday, police said.",
     "Maple Grove vs Cedar Hill"),
    # A name spaCy labels an event ("Palmer Square") is still compared as a place in the role.
    ("Three children were hurt in an incident at a Logan Square daycare on Friday, police said.",
     "Three children were hurt in an incident at a Palmer Square day care on Friday, police said.",
     "Logan Square vs Palmer Square"),
    # "the Springfield rally" is the rally in Springfield.
    ("He admitted he had misspoken about his record during the Springfield rally.",
     "He admitted he had misspoken about his record at a rally in Shelbyville.",
     "Springfield vs Shelbyville"),
])
def test_two_places_for_one_event_disagree_whether_tagged_or_not(a, b, places):
    assert judged(a, b) == Verdict("places", places)


@pytest.mark.parametrize("a, b", [
    # A name standing before a noun ("an Instagram video") is not where she announced, as "in Iowa" is.
    ("She announced her run for the Senate in Iowa on Monday.",
     "She announced her run for the Senate in an Instagram video on Monday."),
    # A nationality describes the place; it names none.
    ("Putin met Erdogan in Ankara on Thursday.", "Putin met Erdogan in the Turkish capital on Thursday."),
    # One place with and without dots, which spaCy tags in one statement only.
    ("William Brown, the US envoy for drug policy, said before the vote that the law is Jamaica's business.",
     "William Brown, the U.S. envoy for drug policy, told reporters before the vote that the law is Jamaica's business."),
    # A summit named by its members ("the G7 summit"), which spaCy may take for a place, is no place it is held in;
    # "G-7" and "G7" are one name, written with a hyphen and without.
    ("The president will attend the G-7 summit in Cornwall, England, next month.",
     "The president will travel to Britain next month for the G7 summit."),
    ("Leaders met at the G-7 summit on Friday.", "Leaders met at the G7 summit in Cornwall on Friday."),
    # One name holds the other: the tower deal is the deal in Moscow.
    ("Prosecutors said he lied to Congress about the length of talks over the Trump Tower Moscow deal.",
     "Prosecutors said he lied to Congress about the length of talks over the real-estate deal in Moscow."),
])
def test_a_name_that_is_no_place_in_the_role_is_no_disagreement(a, b):
    assert judged(a, b) is None


def test_a_hedge_the_other_outlet_quotes_is_no_disagreement():
    # One outlet quotes the minister's "could", the other reports it outside the quotation.
    assert judged("In a letter, the minister said such talks \"could deepen the rift over the border deal.\"",
                  "The minister declined, saying such talks could \"deepen the rift over the border deal.\"") is None


# ---- verbs of saying: sentences.SAYING beside a date ------------------------------------------------

def test_the_day_someone_responded_is_no_date_of_the_fact():
    assert judged("The minister responded Thursday that the naval base will close at the end of March.",
                  "The minister responded Monday that the naval base will close at the end of March.") is None


@pytest.mark.parametrize("a, b", [
    ("Protests against the fuel tax continued Monday in the capital and two port cities.",
     "Protests against the fuel tax continued Tuesday in the capital and two port cities."),
    # Writing the letter is the event both date.
    ("The inventor wrote a long letter to the patriarch in May asking whether he was to blame for the deaths.",
     "The inventor in April wrote a long letter to the patriarch asking whether he was to blame for the deaths."),
])
def test_an_event_told_by_a_verb_of_saying_is_dated_by_it(a, b):
    verdict = judged(a, b)
    assert verdict is not None and verdict.kind == "dates"


# ---- negations that deny nothing the other states, doubts beside attributed claims --------------------

@pytest.mark.parametrize("a, b", [
    # "non-" negates as "no" does.
    ("The pilot was taken to the county hospital with non-life-threatening injuries after the crash, officials said.",
     "The pilot sustained no life-threatening injuries in the crash and was taken to the county hospital."),
    # "Unlikely to meet" is "probably not meeting"; to be prohibited from is to be not allowed.
    ("Thousands of nurses may lose their jobs for not meeting the Monday deadline for the flu vaccine mandate.",
     "Thousands of nurses are unlikely to meet the Monday deadline for the flu vaccine mandate."),
    ("Creators will be prohibited from earning ad money on videos that contradict the consensus on the existence of "
     "the bird flu outbreak.",
     "The company will no longer allow creators to earn ad money on videos that deny the existence of the bird flu "
     "outbreak."),
])
def test_negations_in_other_words_agree(a, b):
    assert judged(a, b) is None


@pytest.mark.parametrize("a, b", [
    # Another subject's negation: the agency could not confirm what the son did.
    ("The agency said Monday it couldn't confirm the son's messages with the campaign.",
     "The son confirmed his messages with the campaign on Monday, posting screenshots."),
    # A negation inside a condition supposes; it denies no detection.
    ("Only if a heartbeat is not detected can the doctor perform the procedure under the law.",
     "The law bans the procedure after a heartbeat is detected by the doctor."),
    # The other outlet tells the service as an idea held, not as fact.
    ("The idea that the senator served in the navy during the war has become part of his campaign biography.",
     "In a debate, the senator said clearly he had not served in the navy during the war."),
])
def test_a_negation_of_another_subject_supposed_or_of_an_idea_is_no_disagreement(a, b):
    assert judged(a, b) is None


@pytest.mark.parametrize("a, b", [
    # "An unlikely star" is no "unlikely to"; tools that "suggest planning" report no one's claim.
    ("The chef, who has died aged 66, became a most unlikely television star as one half of the cooking duo.",
     "The chef, who became a television star as one half of the cooking duo, has died aged 66."),
    ("The variety of stone tools from the Middle Stone Age suggests advanced planning.",
     "The Middle Stone Age is marked by the rarity of large stone tools and blades."),
])
def test_words_that_only_look_like_cues_are_none(a, b):
    assert judged(a, b) is None


def test_a_non_compound_against_the_plain_one_still_negates():
    verdict = judged("The pilot was taken to the county hospital with non-life-threatening injuries.",
                     "The pilot was taken to the county hospital with life-threatening injuries.")
    assert verdict is not None and verdict.kind == "negation"


@pytest.mark.parametrize("a, b", [
    # Each negates something, but only one denies the apology the other states.
    ("The mayor has apologized for – but has not quit – a private golf club that refuses to admit women.",
     "The mayor last week refused to apologize for her membership in a private golf club that does not admit women."),
    # A British outlet's "apologised" is the American "apologize".
    ("The mayor apologised for her remarks about the flood victims at the council meeting.",
     "The mayor refused to apologize for her remarks about the flood victims at the council meeting."),
    # A day before the negation tells when, not who: the minister is the one who did not confirm.
    ("The minister on Monday did not confirm the army will withdraw from the border town.",
     "The minister confirmed the army will withdraw from the border town."),
    # The negating clause says more than the other's ("in her home state of Vermont"), which states
    # the apology in few words, all of them the negating statement's.
    ("Governor Ann Lee has apologized for her remarks.",
     "Governor Ann Lee refused to apologize for her remarks about the lake district's fishing rules at a fair in "
     "her home state of Vermont on Saturday, calling them a joke."),
])
def test_one_statement_denying_what_the_other_states_disagrees(a, b):
    assert judged(a, b) == Verdict("negation", "one statement negates what the other asserts")


@pytest.mark.parametrize("a, b", [
    ("The mayor did not apologize for her remarks about the flood victims, which angered residents.",
     "The mayor refused to apologize for her remarks about the flood victims and did not resign."),
    # One denial, the verb left out of the other's: "could result in a fine but not in a record".
    ("The council passed a bill that makes the offence a petty one that would not result in a criminal record.",
     "The bill makes the offence a petty one that could result in a fine but not in a criminal record."),
    # What each outlet reports someone claimed: the senator that the letters do not, the group that they do.
    ("The senator dismissed the letters, claiming the letters didn't represent all the members of the group.",
     "The senator said the letters did not speak for all members, but the group replied that the letters do "
     "represent all the members."),
    # A negation of a noun ("nor the fraternity") denies no name the other gives.
    ("The club is not recognized by the college nor the national fraternity, the dean said.",
     "The national fraternity is suing the club, saying the club was never recognized by the fraternity."),
])
def test_two_statements_denying_one_thing_agree(a, b):
    assert judged(a, b) is None


@pytest.mark.parametrize("a, b", [
    # A doubt beside a claim the other outlet attributes: neither vouches for it.
    ("The jets took off on Sunday in a flight that may have been in response to the naval exercise nearby.",
     "The jets took off on Sunday in response to the naval exercise nearby, the network reported."),
    ("The couple appear to be divorcing after 27 years of marriage, their foundation says.",
     "The couple announced on Monday that they were divorcing after 27 years of marriage."),
    # "Claiming" tells a claim as the speaker's; a study that "suggests" hedges as "may" does.
    ("The department opened inquiries into five states, saying their rules could amount to discrimination "
     "against disabled students.",
     "The department is investigating five states, claiming their rules discriminate against disabled students."),
    ("Smokers are more than twice as likely to get the disease as other adults, a new study suggests.",
     "Smokers may be more than twice as likely to get the disease as other adults, according to a small study."),
    # A video "claiming that" beside one "disputing whether": both tell the video's stance.
    ("The platform suspended the senator for a week over a video claiming that masks are ineffective against the flu.",
     "The platform suspended the senator for seven days for posting a video disputing whether masks stop the spread "
     "of the flu."),
    # Both tell the claim under one condition: neither states it.
    ("The city could run out of water in August if the council does not approve the new pipeline, the mayor "
     "warned.",
     "The mayor warned that the city is on track to run out of water in August if the council fails to approve "
     "the new pipeline."),
    # A threat is a possibility, as "may" is.
    ("The chairwoman warned she may advise candidates to skip the commission's debates unless it makes changes.",
     "The chairwoman threatened to advise candidates to skip the commission's debates."),
])
def test_a_doubt_beside_an_attributed_or_conditional_claim_or_a_threat_is_no_disagreement(a, b):
    assert judged(a, b) is None


@pytest.mark.parametrize("a, b", [
    # Doubt against the same claim stated as fact.
    ("The jets took off on Sunday in a flight that may have been in response to the naval exercise nearby.",
     "The jets took off on Sunday in response to the naval exercise nearby."),
    # A possibility under another condition than the other's.
    ("The city could run out of water in August if the drought lasts through the summer, the mayor warned.",
     "The mayor warned that the city will run out of water in August if the council fails to approve the pipeline."),
])
def test_a_doubt_against_a_flat_claim_still_hedges(a, b):
    verdict = judged(a, b)
    assert verdict is not None and verdict.kind == "hedging"


@pytest.mark.parametrize("a, b", [
    # Both outlets hedge the claim, each with its own word.
    ("Warehouses have discarded at least 3 million masks since June, still probably an undercount.",
     "The 3 million discarded masks might even be an undercount, the audit found."),
    ("The storm perhaps caused the power cut across the northern district on Friday.",
     "The storm may have caused the power cut across the northern district on Friday."),
])
def test_two_hedges_of_one_claim_are_no_disagreement(a, b):
    assert judged(a, b) is None


def test_probably_against_a_flat_claim_hedges():
    verdict = judged("The storm probably caused the power cut across the northern district on Friday.",
                     "The storm caused the power cut across the northern district on Friday.")
    assert verdict is not None and verdict.kind == "hedging"


# ---- counts given by their order ------------------------------------------------------------------

@pytest.mark.parametrize("a, b, reason", [
    ("Hundreds of mourners filed past the coffin at the church on Monday.",
     "Thousands of mourners filed past the coffin at the church on Monday.", "Hundreds vs Thousands"),
    ("Tens of thousands of nurses missed the vaccine deadline on Monday.",
     "About 3,000 nurses missed the vaccine deadline on Monday.", "Tens of thousands vs About 3,000"),
    # "Tens of thousands" ends short of a hundred thousand.
    ("Tens of thousands of nurses missed the vaccine deadline on Monday.",
     "About 300,000 nurses missed the vaccine deadline on Monday.", "Tens of thousands vs About 300,000"),
])
def test_counts_of_two_orders_clash(a, b, reason):
    assert judged(a, b) == Verdict("numbers", reason)


@pytest.mark.parametrize("a, b", [
    ("Hundreds of mourners filed past the coffin at the church on Monday.",
     "About 500 mourners filed past the coffin at the church on Monday."),
    ("Tens of thousands of nurses missed the vaccine deadline on Monday.",
     "More than 30,000 nurses missed the vaccine deadline on Monday."),
])
def test_a_count_within_the_order_agrees(a, b):
    assert judged(a, b) is None


def test_a_count_by_its_order_is_no_figure_of_what_its_words_do_not_tell():
    # "Thousands of refugees" and "two officials" count two things, though nothing stands beside "two".
    envoy = statements("The envoy resigned over the decision to deport thousands of refugees to the island.",
                       "The envoy has resigned, two U.S. officials said, over the decision to send refugees to the "
                       "island.")
    assert not figures_differ(*envoy)


# ---- two tolls, a count of one thing, two dates of one fact ----------------------------------------

def test_figures_beside_one_word_however_inflected_measure_one_thing():
    # "increased" and "increase" are one word beside the figures: two monthly rises, not two measures.
    a, b = ("From May to June, prices increased 0.4 percent.",
            "The 0.5 percent PPI increase from May, leaving out fuel, was the largest since 1999.")
    assert figures_differ(*statements(a, b))


def test_weekdays_in_a_row_are_two_days_next_to_each_other():
    assert weekdays_in_a_row(frozenset(("Thursday", "Friday")))
    assert weekdays_in_a_row(frozenset(("Sunday", "Monday")))  # over the week's end
    assert not weekdays_in_a_row(frozenset(("Thursday", "Saturday")))
    assert not weekdays_in_a_row(frozenset(("March", "April")))


def test_two_bounds_of_one_toll_that_neither_rounds_to_are_two_figures():
    # Each outlet's least count of the dead: both can hold, but they are two tolls, shown side by side
    # (bounds one rounds to the other, "at least 131 mph" and "topping 130 mph", still agree).
    a, b = ("Floods in the valley killed at least eight people, officials said.",
            "Floods in the valley killed at least nine people, officials said.")
    assert judged(a, b) == Verdict("numbers", "at least eight vs at least nine")
    assert figures_differ(*statements(a, b))


@pytest.mark.parametrize("a, b", [
    # "Over two dozen" or "more than 50" rounds a count down to a round figure; the other's count lies past it.
    ("Soldiers have killed over two dozen protesters near the fence, officials said.",
     "At least 31 protesters have been killed by soldiers near the fence, officials said."),
    ("Police arrested more than 50 protesters in the capital on Saturday.",
     "Police arrested at least 63 protesters in the capital on Saturday."),
    ("Up to 50 people were trapped in the collapsed mine, officials said.",
     "As many as 37 people were trapped in the collapsed mine, officials said."),
])
def test_a_bound_rounding_the_others_count_agrees_with_it(a, b):
    assert judged(a, b) is None
    assert not figures_differ(*statements(a, b))


@pytest.mark.parametrize("a, b, reason", [
    # "At least" gives the outlet's own count, round or not.
    ("Police arrested at least 50 protesters in the capital on Saturday.",
     "Police arrested at least 63 protesters in the capital on Saturday.", "at least 50 vs at least 63"),
    # A round figure ten times under the other's is no rounding of it.
    ("Police arrested more than 100 protesters in the capital on Saturday.",
     "Police arrested more than 1,000 protesters in the capital on Saturday.", "more than 100 vs more than 1,000"),
])
def test_bounds_that_round_no_count_of_the_other_are_two_figures(a, b, reason):
    assert judged(a, b) == Verdict("numbers", reason)


def test_two_times_so_long_of_one_measure_are_two_figures():
    # spaCy takes "two weeks" for a date; it is a figure in weeks, and "only four weeks" another of it:
    # a disagreement, not one fact. A time in other periods, or a date before now, is no such figure.
    a, b = ("City councillors on Tuesday agreed to extend the parking ban for two weeks to ease traffic.",
            "The council voted to stretch the downtown parking ban for only four weeks.")
    assert judged(a, b) == Verdict("numbers", "two weeks vs four weeks")
    assert figures_differ(*statements(a, b))
    assert not figures_differ(*statements(a, "The council voted to stretch the downtown parking ban for a month."))
    assert not figures_differ(*statements(a, "The council first voted on the downtown parking ban four weeks ago."))
    # A time after an event is a moment, not a length: two readings of the ban, not two lengths of it.
    moments = statements("The ban still kept most cars out of downtown two weeks after it began, the city found.",
                         "The ban still kept most cars out of downtown after four weeks, a study found.")
    assert not figures_differ(*moments) and RULES(*moments) is None


@pytest.mark.parametrize("a, b, one", [
    # The same counted noun and a month both date their counts by, or the same verb.
    ("The report showed employers added 850,000 jobs in June, well above forecasts.",
     "Hiring slowed from June, when more than 1 million jobs were created, according to revised figures.", True),
    ("Heavy rain flooded basements across the river towns overnight and killed at least six people.",
     "Flooding killed at least seven people, washed away cars and closed bridges in the river towns.", True),
    # Another noun counted: migrants met at the border and arrests are two tallies.
    ("Officials said 150,000 migrants were encountered at the border in May.",
     "Agents made more than 140,000 arrests in May, officials said.", False),
    # The same count of two places, or of two people.
    ("Security forces killed 60 protesters in Hama last month.",
     "Security forces killed 13 protesters in Homs on Friday.", False),
    ("Jon Reed, 18, was charged with four counts of arson.",
     "Amy Lowe, 19, was charged with two counts of arson.", False),
    # One city's count beside the nation's.
    ("In Port Alba, 40 people were struck by gunfire since Friday night, police said.",
     "A tracker reported 300 people killed in shootings since Friday, with 900 injured.", False),
    # A weekday after the noun dates the count: both count new infections on Friday.
    ("Officials confirmed more than 70,000 new infections Friday across the country.",
     "Health data showed 65,000 new infections were logged on Friday.", True),
    # A noun before the counted one says which of them: all shots, or the rabies shots.
    ("The hiker has received six shots so far at the clinic.",
     "The hiker will receive the last of four rabies shots at the clinic on Saturday.", False),
])
def test_a_count_of_one_thing_is_told_by_its_noun_and_its_verb_or_month(a, b, one):
    assert counts_one_thing(*statements(a, b)) is one


def test_two_dates_of_one_fact_clash_whatever_words_each_dates():
    # "Retiring" and "leaving": the judge alone cannot tell that both date one departure; once Agreed's
    # tests find the two one fact, they are one fact told with two dates.
    a, b = statements("Governor Ana Ruiz wrote that Health Minister Tom Hale would be retiring at the end of March.",
                      "Governor Ana Ruiz announced that Health Minister Tom Hale will be leaving the government on February 1.")
    assert RULES(a, b) is None
    assert date_conflict(a, b, one_fact=True) == Verdict("dates", "March vs February 1")
    # Of past events a sentence often dates several: the find and the escape are two.
    found, escaped = statements("Police found a body inside a shed in Alba on Saturday and believe it is the escaped suspect.",
                                "Police believe it is the body of the suspect who escaped from a traffic stop on Monday night.")
    assert date_conflict(found, escaped, one_fact=True) is None


# ---- tallies, rounded figures, times before a date, hedges of what is not ruled out (QA s26) ----------

@pytest.mark.parametrize("a, b", [
    # A count both give besides ("two Republicans", the losing side's 190) is no shared tally.
    ("The council vote was 12-9 with two Greens joining all Liberals to approve the ferry budget.",
     "The council vote was 11-9 with two Greens joining all Liberals to approve the ferry budget."),
    # "-to-" is a tally written out, and the words beside two tallies need not match.
    ("The Assembly approved the ferry budget 61-38 on Tuesday.",
     "The 59-to-38 party-line vote on the ferry budget came on Tuesday."),
])
def test_two_different_tallies_of_one_vote_disagree(a, b):
    verdict = judged(a, b)
    assert verdict is not None and verdict.kind == "numbers" and "-" in verdict.reason
    assert figures_differ(*statements(a, b))


def test_two_tallies_differing_in_one_half_count_one_vote_whoever_they_name():
    # Worded far apart, so asked as a count of one thing: the 38 who voted no is one side of one vote.
    passed, party_line = statements("The Assembly approved the ferry budget 61-38, with Ana Ruiz the only Green to vote no.",
                                    "The 59-to-38 party-line vote stands in contrast to a vote in May on the harbour.")
    assert counts_one_thing(passed, party_line)
    assert RULES(passed, party_line).kind == "numbers"
    # A tally sharing no half is another vote's.
    assert not counts_one_thing(passed, statements("The harbour plan passed 52-45 in a vote in May.")[0])


def test_one_tally_written_two_ways_agrees():
    assert judged("The Assembly approved the ferry budget 61-38 on Tuesday.",
                  "The 61-to-38 vote on the ferry budget came on Tuesday.") is None


@pytest.mark.parametrize("a, b", [
    # A figure written to its decimals stands for the figures that round to it.
    ("A record 4.6 million travellers passed through the port's terminals last month.",
     "A record 4.57 million travellers passed through the port's terminals last month."),
    ("Ferry fares rose 2.4% last month, the port authority said.",
     "Ferry fares rose 2.38% last month, the port authority said."),
])
def test_a_figure_rounded_to_its_written_digits_is_the_same_figure(a, b):
    assert judged(a, b) is None
    assert not figures_differ(*statements(a, b))


@pytest.mark.parametrize("a, b", [
    # One digit is too coarse to tell a rounding from another figure; trailing decimals are digits.
    ("The port's expansion will cost $2 billion over ten years.", "The port's expansion will cost $2.4 billion over ten years."),
    ("A ferry ticket now costs $3.20 at the port.", "A ferry ticket now costs $3.23 at the port."),
    ("A record 4.6 million travellers passed through the port's terminals last month.",
     "A record 4.52 million travellers passed through the port's terminals last month."),
])
def test_a_figure_that_does_not_round_to_the_written_digits_differs(a, b):
    verdict = judged(a, b)
    assert verdict is not None and verdict.kind == "numbers"


def test_a_figure_of_the_time_before_a_date_is_not_of_a_week_in_it():
    # A record week in March against the weekly level before March: two times, two figures.
    record = "Nearly half of the record 4.2 million ferry bookings made during the week ending March 21 were refunded."
    before = "Prior to March, fewer than 400,000 ferry bookings were made weekly in records back to 1990."
    assert judged(record, before) is None
    # The same week's figure told two ways still disagrees, and so does a level of March itself.
    assert judged(record, "The port said 3.1 million ferry bookings were made during the week ending March 21.").kind == "numbers"
    assert judged(record, "In March, fewer than 400,000 ferry bookings were made weekly in records back to 1990.").kind == "numbers"


@pytest.mark.parametrize("hedged", [
    "The port authority said Monday it cannot rule out another ferry strike next week.",
    "The port authority has not ruled out another ferry strike next week, it said Monday.",
    "The port authority on Monday refused to rule out another ferry strike next week.",
])
def test_not_ruling_a_thing_out_hedges_it(hedged):
    # Both say the strike may come: no disagreement. Against a flat report, it hedges.
    assert judged(hedged, "Another ferry strike could come next week, the port authority said Monday.") is None
    verdict = judged(hedged, "Another ferry strike will come next week, the port authority said Monday.")
    assert verdict is not None and verdict.kind == "hedging"


# ---- the subject of a change counted (QA s26 qa2 Q4, nt825) ------------------------------------------

@pytest.mark.parametrize("a, b", [
    # A count of one kind of incident and the end level of all hate crimes ("to 7,314", no noun of its own):
    # the change's subject tells what each counts, and "6,121" is one figure, no clause break.
    ("The number of antisemitic assaults rose 14 percent in 2019, the report shows, with police logging 95 events "
     "and 103 victims.",
     "The annual reports show that hate crimes have increased from 6,121 incidents in 2016 to 7,314 in 2019, a 19 "
     "percent increase."),
    # Two rises of two kinds of incident.
    ("Anti-Semitic incidents rose 12 percent in 2019, the report shows.",
     "Hate crimes rose 3 percent in 2019, the report shows."),
    # A time after the counted noun is no noun of it: the thefts are counted, not a year.
    ("Reported burglaries fell from 2,410 in 2018 to 1,980 last year, police said.",
     "Police recorded 2,150 car thefts last year."),
])
def test_figures_of_changes_of_two_subjects_are_two_counts(a, b):
    # Neither a disagreement nor one fact: other figures of one measure keep them out of Agreed.
    assert judged(a, b) is None
    assert figures_differ(*statements(a, b))


@pytest.mark.parametrize("a, b, reason", [
    ("Hate crimes rose 12 percent in 2019, the report shows.", "Hate crimes rose 3 percent in 2019, the report shows.",
     "12 percent vs 3 percent"),
    ("Hate crimes have increased from 6,121 incidents in 2016 to 7,314 in 2019, the report shows.",
     "Hate crimes rose to 7,120 in 2019, the report shows.", "7,314 vs 7,120"),
])
def test_changes_of_one_subject_still_clash(a, b, reason):
    assert judged(a, b) == Verdict("numbers", reason)


# ---- a position given up (QA s26 qa2 K1, nt819) --------------------------------------------------------

GAVE_UP = "Mayor Ana Ruiz backtracked on her earlier position that she would not testify before the council's budget inquiry."


@pytest.mark.parametrize("other", [
    "Mayor Ana Ruiz told reporters on Friday that she would not testify before the council's budget inquiry.",
    "Ana Ruiz explained why she planned to refuse to testify if the council's budget inquiry sought her.",
])
def test_a_position_and_its_giving_up_are_no_one_fact(other):
    # One tells the refusal, the other that it was dropped.
    a, b = statements(GAVE_UP, other)
    assert gives_up_claim(a, b) and gives_up_claim(b, a)


def test_a_position_given_up_is_no_disagreement():
    # Both may be true, of two times: the refusal, then its giving up.
    assert judged(GAVE_UP, "Mayor Ana Ruiz told reporters on Friday that she would not testify before the council's "
                           "budget inquiry.") is None


@pytest.mark.parametrize("other", [
    # Both tell the reversal.
    "Mayor Ana Ruiz reversed course and said she would testify before the council's budget inquiry after all.",
    # The new position, in other words than the one given up.
    "Mayor Ana Ruiz said on Saturday that she would obey any summons sent to her.",
])
def test_a_position_given_up_is_one_fact_with_what_does_not_state_it(other):
    assert not gives_up_claim(*statements(GAVE_UP, other))


def test_a_reversal_without_the_position_it_gives_up_is_no_claim():
    # "Reversed course" says nothing of what the course was: nothing to set against the refusal.
    assert not gives_up_claim(*statements(
        "Mayor Ana Ruiz reversed course on Saturday, saying she would testify before the council's budget inquiry.",
        "Mayor Ana Ruiz told reporters on Friday that she would not testify before the council's budget inquiry."))


# A pledge told two ways, one with "disavow", one with "not" inside the pledge (s28 QA, nt954).
DISAVOWED = ("The senator is walking away from the board of a Saudi-backed investment fund as part of a public pledge "
             "to disavow all foreign work if her husband wins the governorship.")


@pytest.mark.parametrize("pledged", [
    # The negation is inside the pledge's "to" clause, before it or after the "to" ...
    "not to work for any foreign-owned firms",
    "to never work for any foreign-owned firms",
    # ... or inside its "that" clause.
    "that she would not work for any foreign-owned firms",
])
def test_a_negation_inside_what_was_pledged_is_no_disagreement(pledged):
    assert judged(DISAVOWED, "The senator will step down from the board of a Saudi-backed investment fund at the end "
                             f"of the month as part of a pledge {pledged} should her husband win the governorship.") is None


@pytest.mark.parametrize("a, b", [
    # The main clause's negation, beside a pledge.
    ("The senator will step down from the board of the fund as part of a pledge to disavow foreign work.",
     "The senator will not step down from the board of the fund despite a pledge to disavow foreign work."),
    # A bare negation after the noun, before no "to", negates the noun's own verb.
    ("The rescue plan for the mine worked as engineers hoped.", "The rescue plan not worked as engineers hoped."),
])
def test_a_negation_of_the_main_claim_beside_a_pledge_still_negates(a, b):
    verdict = judged(a, b)
    assert verdict is not None and verdict.kind == "negation"


@pytest.mark.parametrize("a", [
    # The old deadline against the new one (s28 QA, nt941), the marking word before the date ...
    "The ministry would miss the committee's initial March 3 deadline for the files.",
    # ... or before the noun the date follows.
    "The ministry missed the committee's original deadline of March 3 for the files.",
])
def test_a_date_of_a_thing_since_replaced_does_not_conflict_with_the_new_one(a):
    assert judged(a, "The committee chairman set a final March 17 deadline for the ministry to hand over the files.") is None


@pytest.mark.parametrize("a, b, reason", [
    # Two outlets' dates of the replaced thing, or of the thing unmarked, still clash.
    ("The ministry missed the original March 3 deadline for handing over the files.",
     "The ministry missed the original March 5 deadline for handing over the files.", "March 3 vs March 5"),
    ("The ministry missed the March 3 deadline for handing over the files.",
     "The ministry missed the March 5 deadline for handing over the files.", "March 3 vs March 5"),
    # "Earlier" before a date with no noun after it tells when the thing happened, not that it was replaced.
    ("The ministry handed over the files to the committee earlier Friday, officials said.",
     "The ministry handed over the files to the committee on Thursday.", "Friday vs Thursday"),
])
def test_dates_of_things_marked_alike_still_conflict(a, b, reason):
    assert judged(a, b) == Verdict("dates", reason)


@pytest.mark.parametrize("given_up", [
    "backed away from its agreement to end the freight strike this week",
    "reneged on its commitment to end the freight strike this week",
])
def test_an_agreement_or_commitment_given_up_is_a_position_given_up(given_up):
    # An agreement and a commitment are positions (`judge.POSITIONS`) as a pledge is.
    a, b = statements(f"The rail union {given_up}.", "The rail union said it would end the freight strike this week.")
    assert gives_up_claim(a, b)
