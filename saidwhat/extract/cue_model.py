"""A learned reporting-cue detector: logistic regression over hashed parse features.

Three small linear models share one hashed weight vector (saidwhat/data/cue_model.json, trained
by scripts/train_cue_model.py on PolNeAR train; no article text is stored):
- `cue`: is this word (verb, noun, adjective outside quotes) the head of a reporting cue?
- `content`: is this dependent of a cue (or the clause the cue hangs off) part of what was said?
- `source`: is this dependent of a cue the source (`X supports Y`, `praise from X`)?
- `stmt`: is a whole candidate statement (from a rule or the detector) an attribution at all?
  Trained with cross-fitting: it only ever scores statements whose cue scores came from a
  detector that had not seen the article.

Scoring a word is a sum of a few dozen weights: no second parse, no extra model. A `CueModel`
holds the weights, the thresholds and the caches of weights read from them; saidwhat.resources
loads the shipped one and the pipeline passes it to the extractor.
"""

from __future__ import annotations

import array
import base64
import bisect
import math
import sys
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from saidwhat.extract.cues import AGENT_NOUNS
from saidwhat.parse import TokenTable, parsed_of, token_table

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from saidwhat.records import Statement

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "cue_model.json"
DIM = 1 << 20
CANDIDATE_POS = ("VERB", "NOUN", "ADJ")
SKIP_CHILD_DEPS = ("punct", "aux", "auxpass", "neg", "prt", "cc", "det", "space", "advmod", "npadvmod")


def hashed(feats: list[str]) -> list[int]:
    return [zlib.crc32(f.encode("utf-8")) & (DIM - 1) for f in feats]


def frame(child: Token) -> str:
    """How a dependent hangs off its head: the dependency, with the word for prepositions/marks."""
    return _frame(token_table(child.doc), child.i)


SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")


def token_kind(tok: Token) -> str:
    """What kind of word a source or dependent is: a pronoun, an entity type, an agent noun, a POS."""
    return _kind(token_table(tok.doc), tok.i)


# --- the cue features, defined once ---------------------------------------------------------
# `cue_features` (training, and the reference) and `_cue_score` (fast scoring) both read a word's
# attributes from `cue_word` and make its features with the group functions below; scoring caches
# each group's weights by the attributes it is made of.


# The attributes of a word that its cue features are made of, in this order (a plain tuple: this
# is made for most words of every article):
# lemma, lower, pos, tag, dep;
# prev, nxt: the words around it, "<s>" and "</s>" at the sentence's edges;
# head_pos, head_lemma;
# subj_kind: `_kind` of the first subject, "none" without one;
# frames: `_frame` of each child but punctuation (the set's order is the order of the sum);
# inverted: the word hangs off an earlier clause ("Y, he said");
# poss_kind: `_kind` of the first possessive, None without one.
CueWord = tuple[str, str, str, str, str, str, str, str, str, str, set[str], bool, "str | None"]


def cue_word(tab: TokenTable, i: int) -> CueWord:
    # read from the document's token table: this runs for most words of every article
    dep, head = tab.dep[i], tab.head[i]
    subj = poss = None
    frames: set[str] = set()
    for c in tab.children[i]:  # one pass for the first subject, the first possessive and the frames
        child_dep = tab.dep[c]
        if subj is None and child_dep in SUBJECT_DEPS:
            subj = c
        if poss is None and child_dep == "poss":
            poss = c
        if child_dep not in ("punct", "space"):
            frames.add(_frame(tab, c))
    return (tab.lemma[i], tab.lower[i], tab.pos[i], tab.tag[i], dep,
            tab.lower[i - 1] if i > tab.sent_start[i] else "<s>",
            tab.lower[i + 1] if i + 1 < tab.sent_end[i] else "</s>",
            tab.pos[head], tab.lemma[head], "none" if subj is None else _kind(tab, subj), frames,
            dep in ("ccomp", "parataxis", "advcl", "conj") and head < i,
            None if poss is None else _kind(tab, poss))


def _word_features(lemma: str, lower: str, pos: str, tag: str, dep: str) -> list[str]:
    return ["b", "l=" + lemma, "w=" + lower, "p=" + pos, "t=" + tag, "d=" + dep,
            "l|d=" + lemma + "|" + dep, "l|t=" + lemma + "|" + tag]


def _prev_features(prev: str) -> list[str]:
    return ["pw=" + prev]


def _next_features(nxt: str) -> list[str]:
    return ["nw=" + nxt]


def _head_features(head_pos: str, dep: str, head_lemma: str) -> list[str]:
    return ["hp|d=" + head_pos + "|" + dep, "hl=" + head_lemma]


def _subj_features(lemma: str, pos: str, kind: str) -> list[str]:
    return ["s=" + kind, "l|s=" + lemma + "|" + kind, "p|s=" + pos + "|" + kind]


def _frame_features(pos: str, f: str) -> list[str]:
    return ["f=" + f, "p|f=" + pos + "|" + f]  # the pair feature `l|f=` comes between them


def _inv_features(lemma: str, dep: str) -> list[str]:
    return ["inv=" + dep, "l|inv=" + lemma + "|" + dep]


def _poss_features(kind: str) -> list[str]:
    return ["poss=" + kind]


# Features of the lemma and one other word: the prefix, then that word (scoring continues the
# prefix's CRC with the word's bytes instead of building the string).
PAIR_NEXT, PAIR_PREV, PAIR_FRAME = "l|nw", "l|pw", "l|f"


def _pair_prefix(name: str, lemma: str) -> str:
    return name + "=" + lemma + "|"


def cue_features(tok: Token) -> list[str]:
    """The features of a word as the cue model sees them, in the order `_cue_score` sums them."""
    lemma, lower, pos, tag, dep, prev, nxt, head_pos, head_lemma, subj_kind, frames, inverted, poss_kind = \
        cue_word(token_table(tok.doc), tok.i)
    feats = _word_features(lemma, lower, pos, tag, dep) + _prev_features(prev) + _next_features(nxt)
    feats += [_pair_prefix(PAIR_NEXT, lemma) + nxt, _pair_prefix(PAIR_PREV, lemma) + prev]
    feats += _head_features(head_pos, dep, head_lemma) + _subj_features(lemma, pos, subj_kind)
    for f in frames:
        f_feat, pf_feat = _frame_features(pos, f)
        feats += [f_feat, _pair_prefix(PAIR_FRAME, lemma) + f, pf_feat]
    if inverted:
        feats += _inv_features(lemma, dep)
    if poss_kind is not None:
        feats += _poss_features(poss_kind)
    return feats


def _frame(tab: TokenTable, c: int) -> str:
    dep = tab.dep[c]
    if dep in ("prep", "agent", "mark", "dative"):
        return dep + ":" + tab.lower[c]
    if dep in ("ccomp", "advcl", "xcomp"):
        mark = next((tab.lower[g] for g in tab.children[c] if tab.dep[g] in ("mark", "aux") and g < c), "")
        return dep + ":" + mark if mark in ("that", "to", "if", "whether", "because", "as") else dep
    return dep


def _kind(tab: TokenTable, c: int) -> str:
    if tab.pos[c] == "PRON":
        return "pron:" + tab.lower[c] if tab.lower[c] in ("it", "this", "that", "they", "which", "who") else "pron"
    if tab.ent[c]:
        return "ent:" + tab.ent[c]
    if tab.lemma[c] in AGENT_NOUNS:
        return "agent"
    return "pos:" + tab.pos[c]


def part_features(cue: Token, part: Token, is_head: bool) -> list[str]:
    """Features of a dependent of a cue, or (`is_head`) of the word the cue hangs off."""
    lemma = cue.lemma_.lower()
    rel = ("^" + cue.dep_) if is_head else frame(part)
    side = "L" if part.i < cue.i else "R"
    kind = token_kind(part)
    return ["b", "r=" + rel, "l|r=" + lemma + "|" + rel, "cp|r=" + cue.pos_ + "|" + rel,
            "r|s=" + rel + "|" + side, "l|r|s=" + lemma + "|" + rel + "|" + side,
            "xp|r=" + part.pos_ + "|" + rel, "k|r=" + kind + "|" + rel, "xl=" + part.lemma_.lower(),
            "ct|r=" + cue.tag_ + "|" + rel]


class HashedWeights:
    """Sorted feature ids and their weights in thousandths, as two machine arrays.

    They are read straight from the file's bytes: parsing 180,000 numbers from JSON and building a
    dict of them took a tenth of a second at every start, and a word needs only a few dozen.
    """

    DICT_AFTER = 20_000  # lookups; then a dict is built (a long run reads many features)

    def __init__(self, index: array.array, milli: array.array) -> None:
        self._index, self._milli = index, milli
        self._lookups = 0
        self._table: dict[int, float] | None = None

    @classmethod
    def encode(cls, weights: dict[int, float]) -> dict[str, str]:
        """`{id: weight}` (weights rounded to thousandths) as base64 text, for the JSON file."""
        ids = sorted(weights)
        index = array.array("I", ids)
        milli = array.array("i", [round(weights[i] * 1000) for i in ids])
        if sys.byteorder != "little":
            index.byteswap()
            milli.byteswap()
        return {"index": base64.b64encode(index.tobytes()).decode("ascii"),
                "milli": base64.b64encode(milli.tobytes()).decode("ascii")}

    @classmethod
    def decode(cls, data: dict[str, str]) -> HashedWeights:
        index, milli = array.array("I"), array.array("i")
        index.frombytes(base64.b64decode(data["index"]))
        milli.frombytes(base64.b64decode(data["milli"]))
        if sys.byteorder != "little":
            index.byteswap()
            milli.byteswap()
        if len(index) != len(milli):
            raise ValueError("cue model: as many weights as ids expected")
        return cls(index, milli)

    def get(self, key: int, default: float = 0.0) -> float:
        if self._table is not None:
            return self._table.get(key, default)
        self._lookups += 1
        if self._lookups >= self.DICT_AFTER:
            self._table = dict(self.items())
        i = bisect.bisect_left(self._index, key)
        if i < len(self._index) and self._index[i] == key:
            return self._milli[i] / 1000  # the same float as round(w, 3)
        return default

    def __len__(self) -> int:
        return len(self._index)

    def dense(self, size: int) -> array.array:
        """The weights as one array by id, 0.0 where there is none (ids from 0 to `size`)."""
        import numpy

        index, milli = numpy.asarray(self._index), numpy.asarray(self._milli)
        inside = index < size
        weights = numpy.zeros(size)
        weights[index[inside]] = milli[inside] / 1000  # the same floats as `get`
        return array.array("d", weights.tobytes())

    def items(self) -> Iterator[tuple[int, float]]:
        return ((k, m / 1000) for k, m in zip(self._index, self._milli, strict=True))


# Feature strings repeat across words and documents: a model looks their weights up once per task,
# in tables that are emptied when full so that memory stays flat over any corpus.
MAX_CACHED = 50_000  # entries per table, here and in the cue groups below


class CueModel:
    """The cue model's hashed weights and thresholds, with the caches of weights read from them.

    Loaded once per process by saidwhat.resources and passed to the extractor; training builds its
    own. The caches belong to the model, so no score or weight is ever reused for another model.
    """

    def __init__(self, weights: dict[int, float] | HashedWeights, thresholds: dict[str, float]) -> None:
        self.weights = weights
        self.thresholds = thresholds
        self._weight_of: dict[str, dict[str, float]] = {}  # task -> feature -> weight
        self._dense: array.array | None = None  # all weights by feature id, built on first use
        # the groups of cue features, in the order `_cue_score` sums them
        cue_weight = self._cue_weight
        self._groups = (_CueGroup(_word_features, cue_weight, summed=True), _CueGroup(_prev_features, cue_weight),
                        _CueGroup(_next_features, cue_weight), _CueGroup(_head_features, cue_weight),
                        _CueGroup(_subj_features, cue_weight), _CueGroup(_frame_features, cue_weight),
                        _CueGroup(_inv_features, cue_weight), _CueGroup(_poss_features, cue_weight))

    def available(self) -> bool:
        return bool(self.weights)

    def threshold(self, task: str, default: float = 0.5) -> float:
        return self.thresholds.get(task, default)

    def weight(self, feature: str) -> float:
        """The weight of a prefixed feature (`cue:l=say`)."""
        task, _, rest = feature.partition(":")
        return self._task_weight(task, rest)

    def _task_weight(self, task: str, feature: str) -> float:
        known = self._weight_of.setdefault(task, {})
        w = known.get(feature)
        if w is None:
            if len(known) >= MAX_CACHED:
                known.clear()
            key = zlib.crc32((task + ":" + feature).encode("utf-8")) & (DIM - 1)
            w = known[feature] = self.weights.get(key, 0.0)
        return w

    def prob(self, task: str, feats: list[str]) -> float:
        known = self._weight_of.get(task) or self._weight_of.setdefault(task, {})
        z = 0.0
        for f in feats:  # the table read inlined for the common case: this runs for most words
            w = known.get(f)
            z += self._task_weight(task, f) if w is None else w
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def lemma_weight(self, lemma: str) -> float:
        """How much the lemma alone pushes towards a cue (0 for a word never seen in training)."""
        return self.weight("cue:l=" + lemma.lower())

    def cue_prob(self, tok: Token) -> float:
        """The cue score of a word, computed once per word of a document and model (rules and
        filter both ask)."""
        scores = parsed_of(tok.doc).cache.setdefault(("cue_model.prob", self), {})
        p = scores.get(tok.i)
        if p is None:
            p = scores[tok.i] = self._cue_score(token_table(tok.doc), tok.i)
        return p

    def _cue_weight(self, feature: str) -> float:
        """The weight of a `cue` feature (the same as `_task_weight`)."""
        return self._dense_weights()[zlib.crc32(("cue:" + feature).encode("utf-8")) & (DIM - 1)]

    def _dense_weights(self) -> array.array:
        """All weights as one array (8 MB): read by index, without hashing."""
        if self._dense is None:
            if isinstance(self.weights, HashedWeights):
                self._dense = self.weights.dense(DIM)
            else:
                self._dense = array.array("d", bytes(8 * DIM))
                for key, w in self.weights.items():
                    if 0 <= key < DIM:  # no feature id is outside
                        self._dense[key] = w
        return self._dense

    # `prob("cue", cue_features(tok))` without most of its strings: this runs for most words of
    # every article, and building, hashing and looking up ~25 feature strings per word was most of
    # its time. Features that depend on a few common token attributes come in groups whose weights
    # are cached under a tuple of those attributes. A feature of two words (`l|nw=`, `l|pw=`,
    # `l|f=`) rarely repeats soon enough for a cache to pay: its id is the CRC of its second word
    # continued from the CRC of the rest (cached by lemma), and its weight is read from an array of
    # all weights by id. Weights are added one by one in the order of `cue_features` (a group that
    # opens the sum is cached as its sum from 0.0), so that the score is the very same float.

    def _cue_score(self, tab: TokenTable, i: int) -> float:
        """`prob("cue", cue_features(tok))` for token `i`, from the cached groups of weights."""
        lemma, lower, pos, tag, dep, prev, nxt, head_pos, head_lemma, subj_kind, frames, inverted, poss_kind = \
            cue_word(tab, i)
        word_g, prev_g, next_g, head_g, subj_g, frame_g, inv_g, poss_g = self._groups
        # the ids of the pair features: `cue:l|nw=<lemma>|<next>` is the CRC of the next word
        # continued from that of `cue:l|nw=<lemma>|` (`_cue_weight`, inlined: a few times per word)
        weights = self._dense if self._dense is not None else self._dense_weights()
        crc32, mask = zlib.crc32, DIM - 1
        nw_crc, pw_crc, f_crc = _prefix_crc(lemma)
        z = word_g[lemma, lower, pos, tag, dep][0]
        z += prev_g[prev,][0]
        z += next_g[nxt,][0]
        z += weights[crc32(nxt.encode("utf-8"), nw_crc) & mask]
        z += weights[crc32(prev.encode("utf-8"), pw_crc) & mask]
        for x in head_g[head_pos, dep, head_lemma]:
            z += x
        for x in subj_g[lemma, pos, subj_kind]:
            z += x
        for f in frames:
            w_f, w_pf = frame_g[pos, f]
            z += w_f
            z += weights[crc32(f.encode("utf-8"), f_crc) & mask]
            z += w_pf
        if inverted:
            for x in inv_g[lemma, dep]:
                z += x
        if poss_kind is not None:
            z += poss_g[poss_kind,][0]
        # `max(-30.0, min(30.0, z))` as `prob` has it, without two calls of the builtins
        z = z if z < 30.0 else 30.0
        z = z if z > -30.0 else -30.0
        return 1.0 / (1.0 + math.exp(-z))

    def statement_features(self, doc: Doc, st: Statement) -> list[str]:
        """Features of a whole candidate statement: how it was found, who says it, what it holds
        (with the cue word's score by this model)."""
        rule = st.rule
        words = len(st.content.text.split())
        quoted = any(c in st.content.text for c in "“\"”")
        cue = doc.char_span(st.cue.start, st.cue.end, alignment_mode="expand") if st.cue else None
        tok = cue.root if cue is not None and len(cue) else None
        lemma = tok.lemma_.lower() if tok is not None else "<none>"
        if st.speaker is None:
            sk = "none"
        else:
            sp = doc.char_span(st.speaker.start, st.speaker.end, alignment_mode="expand")
            sk = token_kind(sp.root) if sp is not None and len(sp) else "other"
        body = doc.char_span(st.content.start, st.content.end, alignment_mode="expand")
        root = body.root if body is not None and len(body) else None
        ch = (root.dep_ + "|" + root.pos_) if root is not None else "<none>"
        feats = ["b", "r=" + rule, "l=" + lemma, "r|l=" + rule + "|" + lemma, "cls=" + st.cue_class,
                 "sp=" + sk, "r|sp=" + rule + "|" + sk, "l|sp=" + lemma + "|" + sk, "len=" + _bucket(words),
                 "r|len=" + rule + "|" + _bucket(words), "l|len=" + lemma + "|" + _bucket(words),
                 "q=" + str(quoted), "r|q=" + rule + "|" + str(quoted), "dir=" + str(st.direct),
                 "ch=" + ch, "r|ch=" + rule + "|" + ch, "l|ch=" + lemma + "|" + ch]
        if tok is not None:
            p = self.cue_prob(tok) if is_candidate(tok) else -1.0
            pb = "na" if p < 0 else str(int(p * 10))
            feats += ["cd=" + tok.dep_, "l|cd=" + lemma + "|" + tok.dep_, "cp=" + pb, "r|cp=" + rule + "|" + pb,
                      "ct=" + tok.tag_, "r|ct=" + rule + "|" + tok.tag_]
        return feats


class _CueGroup(dict[tuple[str, ...], tuple[float, ...]]):
    """The weights of one group of cue features by the token attributes they are made of (one
    model's: `weight` reads them); emptied when full so that memory stays flat over any corpus."""

    def __init__(self, features: Callable[..., list[str]], weight: Callable[[str], float],
                 summed: bool = False) -> None:
        super().__init__()
        self._features, self._weight, self._summed = features, weight, summed

    def __missing__(self, key: tuple[str, ...]) -> tuple[float, ...]:
        if len(self) >= MAX_CACHED:
            self.clear()
        weights = tuple(self._weight(f) for f in self._features(*key))
        if self._summed:
            z = 0.0
            for w in weights:
                z += w
            weights = (z,)
        self[key] = weights
        return weights


# lemma -> the CRCs of `cue:l|nw=<lemma>|` etc.: the same for every model, so kept once per process
_PREFIX_CRC: dict[str, tuple[int, int, int]] = {}


def _prefix_crc(lemma: str) -> tuple[int, int, int]:
    crcs = _PREFIX_CRC.get(lemma)
    if crcs is None:
        if len(_PREFIX_CRC) >= MAX_CACHED:
            _PREFIX_CRC.clear()
        nw, pw, f = (zlib.crc32(("cue:" + _pair_prefix(name, lemma)).encode("utf-8"))
                     for name in (PAIR_NEXT, PAIR_PREV, PAIR_FRAME))
        crcs = _PREFIX_CRC[lemma] = (nw, pw, f)
    return crcs


def is_candidate(tok: Token) -> bool:
    return tok.pos_ in CANDIDATE_POS and tok.is_alpha


def _bucket(n: int) -> str:
    return next(str(b) for b in (1, 2, 3, 5, 8, 12, 20, 40, 10**9) if n <= b)
