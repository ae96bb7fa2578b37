"""Build saidwhat/lexicons/event_petrarch_{verbs,patterns}.csv from PETRARCH2's verb-pattern dictionary.

Reads every verb block of CAMEO.2.0.txt (MIT, Open Event Data Alliance; shared/data/
petrarch_dictionaries/): the block's verbs (with their irregular forms) and its default CAMEO
code, and each pattern whose object side is one word or one prepositional phrase
(`- * SANCTIONS [163]`, `- * (TO BORDER) [154]`). Codes go to PLOVER through the manual's CAMEO ->
PLOVER table (shared/docs/plover/PLOVER_MANUAL.tex, "CAMEO to PLOVER translation": 01/02
dropped, 08 split at 084, 20 -> ASSAULT). Synonym sets (`&WEAPON`) are expanded one level.

    python scripts/build_petrarch_verbs.py ../shared/data/petrarch_dictionaries/CAMEO.2.0.txt
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

LEX = Path(__file__).resolve().parent.parent / "saidwhat" / "lexicons"
VERBS_OUT, PATTERNS_OUT = LEX / "event_petrarch_verbs.csv", LEX / "event_petrarch_patterns.csv"

TWO_DIGIT = {"03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID",
             "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT", "13": "THREATEN",
             "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT",
             "19": "ASSAULT", "20": "ASSAULT"}


def plover(code: str) -> str | None:
    code = code.split(":")[0].strip()
    if not code[:2].isdigit():
        return None
    if code[:2] == "08":
        return "CONCEDE" if code[:3] in ("080", "081", "082", "083") else "RETREAT"
    return TWO_DIGIT.get(code[:2])


def words_of(line: str) -> list[str]:
    """A synonym line's verb and its listed forms: `HURRY {HURRIES HURRYING HURRIED }`."""
    line = line.split("#", 1)[0]
    head = line.split("{", 1)[0].strip()
    forms = re.findall(r"\{([^}]*)\}", line)
    out = [head] if head else []
    for f in forms:
        out += f.split()
    return [w.lower().replace("_", " ") for w in out if w and not w.startswith("&")]


def main(path: str) -> None:
    text = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    synsets: dict[str, list[str]] = defaultdict(list)
    current = None
    for line in text:  # synonym sets: "&NAME_" then "+WORD" lines
        if line.startswith("&"):
            current = line.strip()
        elif line.startswith("+") and current:
            synsets[current.rstrip("_")].append(line[1:].split("#")[0].strip().lower().replace("_", " "))
        elif line.startswith("---"):
            break
    blocks: list[tuple[list[tuple[str, str | None, str]], list[tuple[str, str, str, str]]]] = []
    reduced: list[tuple[int, str, str, str, str]] = []
    for line in text:
        m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---", line)
        if m:
            code = m.group(2)
            default = (plover(code), code) if code != "---" else (None, "")
            blocks.append(([], []))
            continue
        if not blocks or not line.strip() or line.startswith("#"):
            continue
        verbs, patterns = blocks[-1]
        if line.startswith("- "):
            pm = re.match(r"^-\s+(.*?)\[([^\]]+)\]", line)
            if not pm:
                continue
            pattern, code = pm.group(1).strip(), pm.group(2).split(":")[0]
            # a neutral 01/02 code is kept with no type: "issue * STATEMENT [010]" says the plain
            # noun names no act, so a longer pattern on it ("DEFIANT STATEMENT") does not stand for it
            type_ = plover(code) or ""
            if "*" not in pattern or not code[:2].isdigit():
                continue
            before, after = pattern.split("*", 1)
            after = after.replace("$", "").replace("+", "").strip()
            if before.strip():
                continue  # a subject-side pattern: not read here
            pp = re.fullmatch(r"\((\w+)\s+([^()]+)\)", after)
            if pp:
                prep, obj = pp.group(1).lower(), pp.group(2).replace("{", "").replace("}", "").split()[-1]
            elif after and re.fullmatch(r"[&\w{} ]+", after) and len(after.replace("{", "").replace("}", "").split()) <= 2:
                # two words stay two: "{DEFIANT STATEMENT}" is a pattern on the modifier too
                prep, obj = "", " ".join(after.replace("{", "").replace("}", "").split())
            else:
                continue
            head = obj.split()[-1]
            objs = synsets.get(head.rstrip("_"), []) if head.startswith("&") else [head.lower()]
            if " " in obj:  # "{DEFIANT STATEMENT}", "MACHINE &WEAPON": the pattern on both words, and
                # its head alone where the block has no pattern of that word by itself (added below)
                mod = obj.split()[0].lower()
                if not mod.startswith("&"):
                    patterns += [(f"{mod} {o.split()[-1]}", prep, code, type_) for o in objs if o]
                reduced.extend((len(blocks) - 1, o.split()[-1], prep, code, type_) for o in objs if o)
                continue
            for o in objs:
                if o:
                    patterns.append((o.split()[-1], prep, code, type_))
        elif re.match(r"^[A-Z]", line):
            own = re.search(r"\[([^\]]+)\]", line.split("#", 1)[0])
            head = re.sub(r"\[[^\]]*\]", "", line.split("#", 1)[0]).split("{", 1)[0].strip().lower()
            if not head or " " in head.replace("_", " ").strip() and "_" not in head:
                continue
            if own:
                code = own.group(1).split(":")[0]
                verbs.append((head.replace("_", " "), plover(code), code))
            else:
                verbs.append((head.replace("_", " "), default[0], default[1]))
    verb_rows: set[tuple[str, int, str, str]] = set()
    pattern_rows: set[tuple[int, str, str, str, str]] = set()
    for n, (verbs, patterns) in enumerate(blocks):
        for verb, type_, code in verbs:
            if " " not in verb:  # multi-word entries are read by the phrasal lexicons, not here
                verb_rows.add((verb, n, code if type_ else "", type_ or ""))
        for obj, prep, pcode, ptype in patterns:
            pattern_rows.add((n, obj, prep, pcode, ptype))
    own = {(n, obj, prep) for n, obj, prep, _, _ in pattern_rows}
    pattern_rows.update(r for r in reduced if r[:3] not in own)
    notice = ("# built by scripts/build_petrarch_verbs.py from PETRARCH2's CAMEO.2.0.txt (The MIT License\n"
              "# (MIT), Copyright (c) 2015 Open Event Data Alliance; the full notice is in that file and in\n"
              "# saidwhat/lexicons/LICENSE.petrarch) through the PLOVER manual's CAMEO -> PLOVER table\n"
              "# (CC BY-SA 4.0, shared/docs/plover/).\n")
    with VERBS_OUT.open("w", newline="", encoding="utf-8") as f:
        f.write("# Verbs of PETRARCH2's verb blocks: the block they belong to and its (or the verb's own)\n"
                "# default CAMEO code and PLOVER type (empty: no default, or a dropped 01/02 code);\n" + notice)
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["verb", "block", "cameo", "type"])
        w.writerows(sorted(verb_rows))
    with PATTERNS_OUT.open("w", newline="", encoding="utf-8") as f:
        f.write("# Patterns of PETRARCH2's verb blocks whose object side is one word or one prepositional\n"
                "# phrase: the object's head word (with its modifier where the pattern has one), the\n"
                "# preposition, the CAMEO code and PLOVER type (empty: a neutral 01/02 code);\n" + notice)
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["block", "object", "prep", "cameo", "type"])
        w.writerows(sorted(pattern_rows))
    print(len(verb_rows), len(pattern_rows), Counter(r[3] for r in verb_rows).most_common())


if __name__ == "__main__":
    main(sys.argv[1])
