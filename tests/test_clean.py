"""The clean stage: body vs. chrome on the seeds and on synthetic chrome; metadata; invariants."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from saidwhat.clean import analyse, body
from saidwhat.records import Article, DocumentInfo

SEEDS = Path(__file__).parents[1] / "examples" / "seeds"
SHARED = Path(__file__).parents[2] / "shared"


def seed(prefix: str) -> tuple[str, DocumentInfo]:
    [path] = SEEDS.glob(prefix + "_*.txt")
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    return text, analyse(Article(doc=path.stem, text=text))


def body_text(info: DocumentInfo) -> str:
    return "\n".join(s.text for s in info.body)


def doc(text: str, **kw: str) -> DocumentInfo:
    return analyse(Article(doc="t", text=text, **kw))


LEAD = ("Russian Foreign Minister Sergei Lavrov said on Friday that NATO was trying to drag Ukraine "
        "into the alliance, and that Moscow would respond.")
MORE = "“We don't want war,” he told reporters in Moscow, adding that talks with Washington would go on."


# --- the seeds -----------------------------------------------------------------------------

@pytest.mark.parametrize("prefix, outside, inside", [
    ("000", ["Skip to main content", "date 2022-01-30", "Copyright 2022", "FILE In this handout photo",
             "Uncredited - hogp", "Russia Ukraine Tensions", "\nAP\n"],
     ["Russia's Lavrov: NATO wants to 'drag' Ukraine into alliances", "MOSCOW (AP) — Russia's foreign minister",
      "They also want to drag this country there", "It is difficult to call it defensive",
      "the recognition of breakaway territories inside Ukraine."]),
    ("001", ["January 28, 2022", "MFA Russia / flickr", "Related article", "Original url", "https://www"],
     ["Russia Not to Blame if War Breaks Out, Lavrov Says", "If it depends on Russia, there will be no war",
      "diplomat [said](#) Friday", "If I put a gun on the table"]),
    ("002", ["File – Russian foreign minister", "Previous Article", "Oil companies receive", "Next Article",
             "ICC team leaves", "Related Posts", "Total", "Share"],
     ["Lavrov says Russia aims to stop Ukraine from joining NATO", "SULAIMANI (ESTA)",
      "until “the end”", "Moscow calls the assault a “special operation.”"]),
    ("003", ["Support The Moscow Times!", "Sign up for our free weekly newsletter", "Privacy Policy",
             "A Message from The Moscow Times", "Dear readers", "undesirable", "Your support",
             "Remind me later", "Read more", "Monthly"],
     ["Lavrov: NATO Doesn't Want to Re-establish Relations with Russia", "The NATO-Russia council has hit a dead end",
      "Lens Stoltenberg said"]),
    ("004", ["Skip to content", "euronews Gt", "Not all news on the site"],
     ["NATO accuses Russia of trying to “pretext” to invade Ukraine", "stage a pretext for an armed attack",
      "make it public."]),
])
def test_seed_body(prefix: str, outside: list[str], inside: list[str]) -> None:
    text, info = seed(prefix)
    assert info.status == "ok" and info.language == "en"
    body = "\n" + body_text(info) + "\n"
    for s in outside:
        assert s not in body, s
    for s in inside:
        assert s in body, s
    for s in info.body:
        assert text[s.start:s.end] == s.text == s.text.strip()


@pytest.mark.parametrize("prefix, field, value", [
    ("000", "outlet", "AP"), ("000", "published", "2022-01-30"), ("000", "published_source", "header"),
    ("000", "title", "Russia's Lavrov: NATO wants to 'drag' Ukraine into alliances"),
    ("001", "outlet", "The Moscow Times"), ("001", "published", "2022-01-28"), ("001", "published_source", "text"),
    ("001", "url", "https://www.themoscowtimes.com/2022/01/28/russia-not-to-blame-if-war-breaks-out-lavrov-says-a761"),
    ("002", "outlet", "ESTA"), ("002", "title", "Lavrov says Russia aims to stop Ukraine from joining NATO"),
    ("003", "outlet", "The Moscow Times"),
    ("004", "outlet", "euronews"), ("004", "title", "NATO accuses Russia of trying to “pretext” to invade Ukraine"),
])
def test_seed_metadata(prefix: str, field: str, value: str) -> None:
    text, info = seed(prefix)
    assert getattr(info, field) == value
    assert info.title_span is not None and text[info.title_span.start:info.title_span.end] == info.title


# --- synthetic chrome from other outlets: the rules are general, not the seeds' lines --------

@pytest.mark.parametrize("chrome", [
    "We use cookies to improve your experience. By continuing you accept our cookie policy.\nAccept all\nManage settings",
    "Share on Facebook\nShare on Twitter\nEmail\nPrint",
    "Get the Daily Brief newsletter\nSign up to receive the top stories in your inbox every morning.\nSubscribe",
    "Advertisement",
    "By Jane Doe and John Roe\nPublished 10:32 AM GMT, March 3, 2022\nUpdated March 4, 2022",
    "Photo: Reuters/Evgenia Novozhenina\nA view of the Kremlin.",
    "Read more: Five things to know about NATO\nMore from World News",
    "© 2022 Example Media Group. All rights reserved.\nTerms of Use | Privacy Notice",
])
@pytest.mark.parametrize("where", ["top", "middle", "bottom"])
def test_general_chrome_is_left_out(chrome: str, where: str) -> None:
    parts = {"top": [chrome, "Lavrov warns NATO over Ukraine", LEAD, MORE],
             "middle": ["Lavrov warns NATO over Ukraine", LEAD, chrome, MORE],
             "bottom": ["Lavrov warns NATO over Ukraine", LEAD, MORE, chrome]}[where]
    info = doc("\n\n".join(parts))
    assert body_text(info) == "\n".join(["Lavrov warns NATO over Ukraine", LEAD, MORE])


def test_donation_appeal_block_is_left_out() -> None:
    appeal = ("A note to our readers:\n\nDear readers,\n\nOur newsroom relies on people like you. Independent "
              "journalism costs money, and we cannot do our work without your help.\n\nIf you can, please "
              "support us with a small monthly gift. Every bit helps us keep our reporting free.\n\n"
              "Donate now\nMaybe later")
    info = doc("\n\n".join(["Lavrov warns NATO over Ukraine", LEAD, MORE, appeal]))
    assert body_text(info).endswith(MORE)


def test_wrapped_text_keeps_whole_paragraphs() -> None:
    para = ("Russian Foreign Minister Sergei Lavrov said on Friday that NATO\nwas trying to drag Ukraine "
            "into the alliance and that Moscow\nwould respond to any expansion of the alliance with\n"
            "measures of its own, according to state media reports\n")
    info = doc(para + "\n" + para + "\n" + para)
    assert len(info.body) == 3 and all(s.text == para.strip() for s in info.body)


def test_short_quote_introductions_and_last_sentence_stay() -> None:
    info = doc("\n\n".join([LEAD, "He said:", MORE, "Nobody answered him."]))
    assert "He said:" in body_text(info) and body_text(info).endswith("Nobody answered him.")


# --- metadata ------------------------------------------------------------------------------

def test_given_metadata_wins() -> None:
    text = "Copyright 2022 Reuters\n\n" + LEAD + "\n\nhttps://apnews.com/2021/05/05/x"
    info = doc(text, title="Given title", outlet="Given outlet", url="https://g.org/x", published="2020-02-02")
    assert (info.title, info.outlet, info.url, info.published, info.published_source) == (
        "Given title", "Given outlet", "https://g.org/x", "2020-02-02", "given")
    assert info.title_span is None


def test_given_title_finds_its_line_even_with_a_final_period() -> None:
    info = doc("Lavrov Warns NATO.\n\n" + LEAD, title="Lavrov Warns NATO")
    assert info.title_span is not None and info.title_span.text == "Lavrov Warns NATO"
    assert info.body[0].text == "Lavrov Warns NATO."


@pytest.mark.parametrize("text, outlet", [
    ("WASHINGTON, Jan 28 (Reuters) - " + LEAD, "Reuters"),
    (LEAD + "\n\nCopyright 2022 The Associated Press. All rights reserved.", "AP"),
    (LEAD + "\n\n© 2022 Example Media Group", "Example Media Group"),
    (LEAD + "\n\nOriginal url: https://www.aljazeera.com/news/2022/1/28/x", "Al Jazeera"),
    (LEAD + "\n\n<https://news.kyivpost.example/2022/x>", "news.kyivpost.example"),
    (LEAD + "\n\nFollow us on BBC News", "BBC"),
])
def test_outlet(text: str, outlet: str) -> None:
    assert doc(text).outlet == outlet


@pytest.mark.parametrize("text, published, source", [
    (" date 2022-01-30 \n\nLavrov warns NATO\n\n" + LEAD, "2022-01-30", "header"),
    ("Lavrov warns NATO\n\nPublished Jan. 27, 2022 at 10:32 GMT\n\n" + LEAD, "2022-01-27", "text"),
    ("Lavrov warns NATO\n\n28 January 2022\n\n" + LEAD, "2022-01-28", "text"),
    (LEAD + "\n\nOriginal url: https://www.example.com/2022/01/29/lavrov", "2022-01-29", "url"),
    (LEAD + " The talks began on March 1, 2022 and ended on March 3, 2022.", "2022-03-03", "inferred"),
    (LEAD + " He spoke on Thursday, Feb. 17. Troops arrived in 2022.", "2022-02-17", "inferred"),
    ("FILE - A photo taken on Feb. 2, 2021.\n\nLavrov warns NATO\n\n" + LEAD, "2021-02-02", "inferred"),
    (LEAD + " He spoke on Thursday, Feb. 18. Troops arrived in 2022.", None, None),  # weekday does not fit
    (LEAD, None, None),
])
def test_published(text: str, published: str | None, source: str | None) -> None:
    info = doc(text)
    assert (info.published, info.published_source) == (published, source)


# --- status --------------------------------------------------------------------------------

def test_problem_articles_are_skipped_with_the_reason() -> None:
    info = analyse(Article(doc="x", text=None, problem="binary file", published="2022-01-01"))
    assert (info.status, info.reason, info.body, info.published) == ("skipped", "binary file", [], "2022-01-01")


@pytest.mark.parametrize("text, code", [
    ("Der russische Außenminister hat am Freitag gesagt, dass die NATO eine Bedrohung für Russland sei und "
     "dass Moskau auf jede Erweiterung des Bündnisses mit eigenen Maßnahmen antworten werde, die nicht "
     "angekündigt wurden.", "de"),
    ("Министр иностранных дел России заявил в пятницу, что НАТО представляет угрозу для России и что "
     "Москва ответит на любое расширение альянса, но он не сказал, как именно это будет сделано.", "ru"),
    ("俄罗斯外交部长周五表示，北约对俄罗斯构成威胁，莫斯科将对该联盟的任何扩张作出回应。" * 5, None),
])
def test_non_english_is_skipped(text: str, code: str | None) -> None:
    info = doc(text)
    assert info.status == "skipped" and info.language == code
    assert (info.reason or "").startswith(f"not English (looks like {code or 'another language'})")


def test_short_text_is_assumed_english_and_only_chrome_is_skipped() -> None:
    assert doc("Lavrov said no.").language == "en"
    assert doc("Lavrov said no.").body[0].text == "Lavrov said no."
    info = doc("Skip to main content\nSubscribe\nPrivacy Policy\nhttps://example.com")
    assert info.status == "skipped" and "no article body" in (info.reason or "")


def test_emitted_text_for_html() -> None:
    assert analyse(Article(doc="h", text=LEAD, fmt="html", emit_text=True)).text == LEAD
    assert analyse(Article(doc="h", text=LEAD)).text is None


# --- invariants ----------------------------------------------------------------------------

_PIECES = st.sampled_from(["\n", "\r\n", "\r", "\n\n", " ", "\t", "\u00a0", "\u2028", "\x1c", "“", "”", '"', "'",
                           "<p>", "</p>", "[said](#)", "©", "Share", "Subscribe", "MOSCOW (AP) — ", "Jan. 28, 2022",
                           "http://x.org/2022/01/02/a", "Lavrov said.", LEAD, "é", "😀", "ı", "ﬁ"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=30)), max_size=40).map("".join))
def test_spans_are_exact_sorted_and_disjoint(text: str) -> None:
    info = doc(text)
    last = 0
    for s in info.body:
        assert text[s.start:s.end] == s.text and s.text and s.text == s.text.strip()
        assert s.start >= last
        last = s.end
    if info.title_span:
        assert text[info.title_span.start:info.title_span.end] == info.title_span.text


# --- real corpora (development data; skipped where it is absent) ----------------------------

def _jsonl(path: Path) -> list[dict]:
    if not path.exists():
        pytest.skip(f"{path} is not here")
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def test_voa_body_is_the_whole_text() -> None:
    for o in _jsonl(SHARED / "data" / "voa" / "voa_all.jsonl"):
        info = doc(o["text"])
        covered = sum(s.end - s.start for s in info.body)
        assert info.status == "ok" and covered >= 0.98 * len(o["text"].strip()), o["id"]


def test_polnear_body_keeps_every_gold_attribution() -> None:
    rows = _jsonl(SHARED / "data" / "polnear" / "dev.jsonl")
    covered = total = 0
    for o in rows:
        info = analyse(Article(doc=o["id"], text=o["text"], title=o.get("title")))
        assert info.status == "ok", o["id"]
        covered += sum(s.end - s.start for s in info.body)
        total += len(o["text"].strip())
        for a in o["attributions"]:
            for part in ("source", "cue", "content"):
                if sp := a.get(part):
                    assert any(s.start < sp["end"] and sp["start"] < s.end for s in info.body), (o["id"], sp)
    assert covered >= 0.97 * total


# One line for each alternative of the boilerplate pattern, in its order.
BOILERPLATE_LINES = [
    "Skip to main content", "Skip navigation", "Get our newsletters", "Subscribers only",
    "Signing up is free", "Sign in", "Log in", "We use cookies", "Cookie settings", "Privacy policy",
    "Terms of service", "All rights reserved", "Copyright 2024", "© 2024 The Outlet",
    "Related stories", "Next article", "Read more", "See also", "More from Europe",
    "Support", "Support independent media", "Donate today", "Make a donation",
    "Your support matters", "Follow us", "Share this", "Click here", "Advertisement",
    "Sponsored", "Recommended for you", "Most popular", "Dear readers", "A message from the editors",
    "Remind me later", "This website", "Independent journalism", "Our newsroom",
    "Checked by a human editor", "The point of view of the author",
    "It was machine translated", "Translated by an automatic system",
]


def test_every_boilerplate_phrase_is_counted() -> None:
    """`boilerplate` scans a line only when it holds a word every match holds: each alternative
    of the pattern has a line here, and is still found."""
    import re._compiler
    import re._parser

    tree = re._parser.parse(body._BOILER.pattern, body._BOILER.flags)
    alternatives = tree[0][1][1]
    assert len(alternatives) == len(BOILERPLATE_LINES)  # a new alternative needs its line here
    for alternative, line in zip(alternatives, BOILERPLATE_LINES, strict=True):
        alone = re._compiler.compile(re._parser.SubPattern(tree.state, list(alternative)), body._BOILER.flags)
        assert alone.search(line.lower()), line  # the line is this alternative's
        assert body.boilerplate(line) >= 1, line
    assert body.boilerplate("The minister said the talks would resume on Monday in Geneva.") == 0
