"""Convert, harmonise and filter the UD Dutch treebanks into spaCy training corpora.

Run: ``python models/prepare.py [DATA_DIR] [OUT_DIR]``
(defaults: ``/work/shared/data`` and ``models/corpus``).

What goes where, and why (see ``/work/shared/data/README.md``):

* UD Dutch-Alpino **dev** is the only evaluation set. It is written to
  ``alpino_dev.spacy`` and never trained on: every training sentence whose
  sentence id or text also occurs in it is dropped.
* Fully annotated training data: Alpino test, LassySmall dev and test (current
  UD conventions). A small deterministic slice of it (``HOLDOUT_PERCENT``,
  chosen by a hash of the sentence id) becomes ``holdout.spacy``, the dev set
  used for early stopping during training.
* Alpino train, partial 2017 file: older dependency conventions, so only its
  tags and morphology are kept (possessives get ``Poss=Yes`` as today).
* LassySmall train, 2017 file: no XPOS and an older lemma and POS style, so only
  heads and dependency labels are kept, harmonised to today's labels
  (``flat:name`` -> ``flat``, possessive ``det`` -> ``nmod:poss``, passive
  ``door``-PP ``obl`` -> ``obl:agent``). 1,409 of its sentences reappear,
  re-annotated, in today's LassySmall dev/test: they are dropped by sentence id.

Attributes left unset count as missing in spaCy 3.8, so the partly annotated
documents mix safely with the fully annotated ones.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

DEFAULT_DATA = Path("/work/shared/data")
DEFAULT_OUT = Path(__file__).resolve().parent / "corpus"
SENTS_PER_DOC = 10  # like `spacy convert -n 10`: the parser learns sentence boundaries
HOLDOUT_PERCENT = 6

ALPINO = "ud-dutch-alpino"
LASSY = "ud-dutch-lassysmall"
FILES = {
    "alpino_dev": f"{ALPINO}/nl_alpino-ud-dev.conllu",
    "alpino_test": f"{ALPINO}/nl_alpino-ud-test.conllu",
    "alpino_2017": f"{ALPINO}/nl_alpino-ud-train.partial-2017-10-24.conllu",
    "lassy_dev": f"{LASSY}/nl_lassysmall-ud-dev.conllu",
    "lassy_test": f"{LASSY}/nl_lassysmall-ud-test.conllu",
    "lassy_2017": f"{LASSY}/nl_lassysmall-ud-train.2017-02-01.conllu",
}

# Possessive determiners: the 2017 LassySmall file labels them DET/det,
# today's UD Dutch labels them PRON/nmod:poss.
POSSESSIVES = frozenset("mijn m'n jouw je uw zijn z'n haar d'r ons onze hun jullie".split())


@dataclass
class Token:
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int  # 1-based within the sentence, 0 = root
    deprel: str
    space_after: bool


@dataclass
class Sentence:
    sent_id: str
    text: str
    tokens: list[Token] = field(default_factory=list)

    @property
    def key(self) -> str:
        """Sentence id without archive prefix or ``.xml``: ``WR-P-P-H-0000000105.p.5.s.4``."""
        base = re.split(r"[\\/_]", self.sent_id)[-1]
        return base.removesuffix(".xml")

    @property
    def norm_text(self) -> str:
        """Tokens joined by single spaces, for comparing texts across files."""
        return " ".join(t.form for t in self.tokens)


def read_conllu(path: Path) -> list[Sentence]:
    """Read basic-dependency sentences; multiword and empty-node lines are skipped."""
    sentences: list[Sentence] = []
    sent_id, text, tokens = "", "", []
    for line in [*path.read_text(encoding="utf8").splitlines(), ""]:
        if not line.strip():
            if tokens:
                sentences.append(Sentence(sent_id, text, tokens))
            sent_id, text, tokens = "", "", []
        elif line.startswith("#"):
            comment = line[1:].strip()
            if comment.startswith("sent_id ="):
                sent_id = comment.split("=", 1)[1].strip()
            elif comment.startswith("text ="):
                text = comment.split("=", 1)[1].strip()
            elif not sent_id and comment.endswith(".xml"):
                sent_id = comment  # 2017 LassySmall: "# wiki-659.p.13.s.1.xml"
        else:
            cols = line.split("\t")
            if not cols[0].isdigit():
                continue
            tokens.append(
                Token(
                    form=cols[1],
                    lemma=cols[2],
                    upos=cols[3],
                    xpos=cols[4],
                    feats=cols[5],
                    head=int(cols[6]),
                    deprel=cols[7],
                    space_after="SpaceAfter=No" not in cols[9],
                )
            )
    return sentences


def harmonise_alpino_2017(sent: Sentence) -> Sentence:
    """Give 2017 possessive pronouns today's ``Poss=Yes`` feature (``zijn`` in ``zijn auto``)."""
    for tok in sent.tokens:
        if tok.xpos.startswith("VNW|bez") and "Poss=Yes" not in tok.feats:
            feats = [] if tok.feats == "_" else tok.feats.split("|")
            tok.feats = "|".join(sorted([*feats, "Poss=Yes"], key=str.lower))
    return sent


def harmonise_lassy_2017(sent: Sentence) -> Sentence:
    """Map 2017 dependency labels to today's conventions.

    ``Gazet van Antwerpen``: ``flat:name`` -> ``flat``; ``zijn auto``:
    ``det`` -> ``nmod:poss``; ``werd gebouwd door de gemeente``: the
    ``door``-PP of a passive clause ``obl`` -> ``obl:agent``.
    """
    toks = sent.tokens
    children: dict[int, list[Token]] = {}
    for tok in toks:
        children.setdefault(tok.head, []).append(tok)
    for i, tok in enumerate(toks, start=1):
        if tok.deprel == "flat:name":
            tok.deprel = "flat"
        elif tok.deprel == "det" and tok.form.lower() in POSSESSIVES:
            tok.deprel = "nmod:poss"
        elif tok.deprel == "obl":
            has_door = any(c.deprel == "case" and c.form.lower() == "door" for c in children.get(i, []))
            sibling_labels = {c.deprel for c in children.get(tok.head, [])}
            if has_door and sibling_labels & {"aux:pass", "nsubj:pass", "csubj:pass"}:
                tok.deprel = "obl:agent"
    return sent


def make_doc(vocab: Vocab, sents: list[Sentence], layers: set[str]) -> Doc:
    """One Doc from consecutive sentences, with only the annotation ``layers`` set."""
    words, spaces, heads, deps = [], [], [], []
    tags, pos, morphs, lemmas, sent_starts = [], [], [], [], []
    for sent in sents:
        offset = len(words)
        for i, tok in enumerate(sent.tokens):
            words.append(tok.form)
            spaces.append(tok.space_after)
            heads.append(offset + (tok.head - 1 if tok.head else i))
            deps.append("ROOT" if tok.deprel == "root" else tok.deprel)
            tags.append(tok.xpos)
            pos.append(tok.upos)
            morphs.append("" if tok.feats == "_" else tok.feats)
            lemmas.append(tok.lemma)
            sent_starts.append(i == 0)
    if spaces:
        spaces[-1] = False
    has_tree = "dep" in layers
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        heads=heads if has_tree else None,
        deps=deps if has_tree else None,
        tags=tags if "tag" in layers else None,
        pos=pos if "pos" in layers else None,
        morphs=morphs if "morph" in layers else None,
        lemmas=lemmas if "lemma" in layers else None,
        sent_starts=None if has_tree else sent_starts,
    )


def to_docs(vocab: Vocab, sents: list[Sentence], layers: set[str]) -> list[Doc]:
    return [
        make_doc(vocab, sents[i : i + SENTS_PER_DOC], layers) for i in range(0, len(sents), SENTS_PER_DOC)
    ]


def in_holdout(sent: Sentence) -> bool:
    digest = hashlib.sha1(sent.key.encode("utf8")).digest()
    return digest[0] * 100 // 256 < HOLDOUT_PERCENT


ALL = {"dep", "tag", "pos", "morph", "lemma"}


def prepare(data_dir: Path, out_dir: Path) -> dict:
    """Write ``train.spacy``, ``holdout.spacy`` and ``alpino_dev.spacy``; return statistics."""
    data = {name: read_conllu(data_dir / rel) for name, rel in FILES.items()}
    eval_keys = {s.key for s in data["alpino_dev"]}
    eval_texts = {s.norm_text for s in data["alpino_dev"]}
    lassy_keys = {s.key for s in data["lassy_dev"] + data["lassy_test"]}
    stats: dict = {"dropped": {}}

    def keep(name: str, extra_keys: frozenset[str] = frozenset()) -> list[Sentence]:
        kept = [
            s
            for s in data[name]
            if s.key not in eval_keys and s.norm_text not in eval_texts and s.key not in extra_keys
        ]
        stats["dropped"][name] = len(data[name]) - len(kept)
        return kept

    full = keep("alpino_test") + keep("lassy_dev") + keep("lassy_test")
    train_full = [s for s in full if not in_holdout(s)]
    holdout = [s for s in full if in_holdout(s)]
    tags_only = [harmonise_alpino_2017(s) for s in keep("alpino_2017")]
    tree_only = [harmonise_lassy_2017(s) for s in keep("lassy_2017", frozenset(lassy_keys))]

    vocab = Vocab()
    train_docs = (
        to_docs(vocab, train_full, ALL)
        + to_docs(vocab, tags_only, {"tag", "pos", "morph"})
        + to_docs(vocab, tree_only, {"dep"})
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    corpora = {
        "train": train_docs,
        "holdout": to_docs(vocab, holdout, ALL),
        "alpino_dev": to_docs(vocab, data["alpino_dev"], ALL),
    }
    for name, docs in corpora.items():
        DocBin(docs=docs, store_user_data=False).to_disk(out_dir / f"{name}.spacy")
    stats["sentences"] = {
        "train_full": len(train_full),
        "train_tags_morph_only": len(tags_only),
        "train_deps_only": len(tree_only),
        "holdout": len(holdout),
        "alpino_dev": len(data["alpino_dev"]),
    }
    stats["tokens"] = {name: sum(len(d) for d in docs) for name, docs in corpora.items()}
    (out_dir / "stats.json").write_text(json.dumps(stats, indent=2), encoding="utf8")
    return stats


if __name__ == "__main__":
    data_arg = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DATA
    out_arg = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_OUT
    print(json.dumps(prepare(data_arg, out_arg), indent=2))
