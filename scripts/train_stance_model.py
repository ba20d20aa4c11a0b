"""Train the learned stance model (``stancetrack/stance_model.json``) from the tuned evaluation articles.

    python scripts/train_stance_model.py            # cross-validate, fit, write the model
    python scripts/train_stance_model.py --check    # exit 1 unless the shipped model is what this fits
    python scripts/train_stance_model.py --cv-extract   # the tuned articles' F1 with the model held out per fold

Training examples are the extractor's own proposals on the articles of
``tests/eval`` whose split is *not* listed in ``tests/eval/never_tuned.list``,
each labelled with the stance sign of the gold statement it matches (actor and
date window, as in :func:`stancetrack.evaluate.score`), or as taking no side
(``learned.NO_STANCE``) when the gold records no statement of its speaker in the
article at all; a proposal matching only at another date, or gold statements of
both signs, teaches nothing.  The words
said and the text just before them are the features (see
:mod:`stancetrack.learned`).  Five-fold cross-validation by article reports
how precise the guesses are on the cue-less attributions they are meant for.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from stancetrack import extract, learned  # noqa: E402
from stancetrack.evaluate import actor_match  # noqa: E402

EVAL = ROOT / "tests" / "eval"
C = 3.0
FOLDS = 5


class _EveryGuess:
    """Stands in for the model while the examples are collected: every cue-less first statement comes out."""

    def predict(self, quote, context, topic=None):
        return 1, 1.0, []


def _label(name: str, when, actors: list, signs: list, froms: list, tos: list):
    """The one stance sign the gold gives ``name`` at ``when`` (any date when None); None when it gives none there or
    both signs; ``learned.NO_STANCE`` when the coders recorded no stance of that speaker at all (the words take no side;
    a gold actor spelt so that ``actor_match`` misses it would teach "no side" wrongly: rare, and not checked).
    Plain lists, not a frame filtered per proposal: the labels of some 35,000 proposals."""
    hit = [k for k, a in enumerate(actors) if actor_match(name, a)]
    if not hit:
        return learned.NO_STANCE
    if when is not None:
        hit = [k for k in hit if froms[k] <= when <= tos[k]]
    return int(signs[hit[0]]) if hit and len({signs[k] for k in hit}) == 1 else None


def examples() -> pd.DataFrame:
    """Proposals (labelled by the gold statement of their actor and date) and cue-less statements the
    rules heard but did not propose (labelled by their actor's one side in the article, when it has one)."""
    gold = pd.read_csv(EVAL / "gold.csv")
    never = {s.strip() for s in (EVAL / "never_tuned.list").read_text().splitlines() if s.strip() and s[0] != "#"}
    gold = gold[~gold["split"].isin(never)]
    real, second, weak = learned.model, extract.SECOND_OPINION, extract.WEAK_CUE_OPINION
    learned.model = lambda: _EveryGuess()
    extract.SECOND_OPINION = extract.WEAK_CUE_OPINION = 2.0  # no second opinions while the examples are collected
    rows = []
    try:
        for f, g in gold.groupby("file", sort=True):
            text = (EVAL / f).read_text(encoding="utf-8")
            extract._UNJUDGED_SINK = sink = []
            res = extract.extract_text(text, topic=g["topic"].iloc[0], source=f)
            proposed = set(res.statements["start"])
            said = (g["actor"].tolist(), g["stance_sign"].tolist(), pd.to_datetime(g["date_from"]).tolist(),
                    pd.to_datetime(g["date_to"]).tolist())
            for r in res.statements.itertuples(index=False):
                rows.append({"file": f, "quote": r.quote, "context": learned.context_before(text, r.start),
                             "label": _label(r.actor, r.date if pd.notna(r.date) else None, *said),
                             "cueless": "| learned:" in r.cue})
            for name, start, quote, context in sink:
                if start not in proposed:
                    rows.append({"file": f, "quote": quote, "context": context, "label": _label(name, None, *said),
                                 "cueless": False})
    finally:
        learned.model, extract.SECOND_OPINION, extract.WEAK_CUE_OPINION = real, second, weak
        extract._UNJUDGED_SINK = None
    out = pd.DataFrame(rows)
    topic = out["file"].map(gold.drop_duplicates("file").set_index("file")["topic"])
    for c in ("quote", "context"):  # as the extractor gives them to the model: the topic's words masked
        out[c] = [learned.mask_topic(t, tp) for t, tp in zip(out[c], topic)]
    return out


def _fit(train: pd.DataFrame):
    vq = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    vc = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    x = hstack([vq.fit_transform(train["quote"]), learned.CONTEXT_WEIGHT * vc.fit_transform(train["context"])]).tocsr()
    clf = LogisticRegression(C=C, max_iter=5000, class_weight="balanced").fit(x, train["label"].astype(int))
    return vq, vc, clf


def _proba(fitted, df: pd.DataFrame) -> np.ndarray:
    vq, vc, clf = fitted
    x = hstack([vq.transform(df["quote"]), learned.CONTEXT_WEIGHT * vc.transform(df["context"])]).tocsr()
    return clf.predict_proba(x)


def _folds(ex: pd.DataFrame) -> dict[str, int]:
    """Each article's fold, the same in both cross-validations."""
    return {f: i % FOLDS for i, f in enumerate(sorted(ex["file"].unique()))}


def cross_validate(ex: pd.DataFrame) -> dict:
    """Precision of the guesses kept (label right / guesses kept) on held-out articles' cue-less statements."""
    fold = _folds(ex)
    kept = right = 0
    for k in range(FOLDS):
        train = ex[ex["file"].map(fold).ne(k) & ex["label"].notna()]
        test = ex[ex["file"].map(fold).eq(k) & ex["cueless"]]
        fitted = _fit(train)
        classes = fitted[2].classes_
        for p, label in zip(_proba(fitted, test), test["label"]):
            p = learned.sides_only(p, classes)
            if p is not None and p.max() >= learned.MIN_PROBABILITY:
                kept += 1
                right += int(classes[p.argmax()] == label)
    n = int(ex["cueless"].sum())
    return {"cueless": n, "kept": kept, "right": right, "precision": round(right / kept, 3) if kept else 0.0}


def cross_validated_extraction(ex: pd.DataFrame, folds=range(FOLDS)) -> dict:
    """The extractor's score on the tuned articles when each fifth is read by a model fitted without it: the
    tuned F1 less the learned part's memory of those very articles (the rules were still tuned on them).
    ``folds``: which fifths to read (the tests read two, for time)."""
    from stancetrack.evaluate import score

    gold = pd.read_csv(EVAL / "gold.csv")
    gold = gold[gold["file"].isin(set(ex["file"]))]
    fold = _folds(ex)
    gold = gold[gold["file"].map(fold).isin(set(folds))]
    real = learned.model
    preds = []
    try:
        for k in folds:
            held_out = learned.StanceModel(spec_of(_fit(ex[ex["file"].map(fold).ne(k) & ex["label"].notna()])))
            learned.model = lambda m=held_out: m
            for f, g in gold[gold["file"].map(fold).eq(k)].groupby("file"):
                res = extract.extract_file(EVAL / f, topic=g["topic"].iloc[0])
                preds.append(res.statements.assign(file=f))
    finally:
        learned.model = real
    return score(pd.concat(preds, ignore_index=True), gold)


def spec_of(fitted) -> dict:
    vq, vc, clf = fitted
    return {
        "about": "stancetrack learned stance model: see stancetrack/learned.py; made by scripts/train_stance_model.py",
        "classes": [int(c) for c in clf.classes_],
        "quote_vocabulary": vq.get_feature_names_out().tolist(),
        "quote_idf": np.round(vq.idf_, 6).tolist(),
        "context_vocabulary": vc.get_feature_names_out().tolist(),
        "context_idf": np.round(vc.idf_, 6).tolist(),
        "coef": np.round(clf.coef_, 6).tolist(),
        "intercept": np.round(clf.intercept_, 6).tolist(),
    }


def main(argv=None, ex: pd.DataFrame | None = None) -> int:
    """``ex``: the examples when the caller already has them (the tests read the tuned articles once)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="compare with the shipped model instead of writing it")
    ap.add_argument("--cv-extract", action="store_true",
                    help="score the extractor on the tuned articles with the model refit per fold without them")
    args = ap.parse_args(argv)
    ex = examples() if ex is None else ex
    if args.cv_extract:
        print("extraction with the learned part held out (5 folds by article):", cross_validated_extraction(ex))
        return 0
    train = ex[ex["label"].notna()]
    print(f"{len(ex)} proposals on {ex['file'].nunique()} tuned articles, {len(train)} labelled "
          f"({train['label'].value_counts().to_dict()}), {int(ex['cueless'].sum())} cue-less")
    fitted = _fit(train)
    spec = spec_of(fitted)
    ours = learned.StanceModel(spec)
    sample = train.head(300)  # already masked: compare the two on the same features
    ref = _proba(fitted, sample)
    mine = np.array([ours.proba(q, c)[0] for q, c in zip(sample["quote"], sample["context"])])
    print(f"numpy vs scikit-learn probabilities: max difference {np.abs(ref - mine).max():.2e}")
    if np.abs(ref - mine).max() > 1e-4:
        print("the numpy model does not reproduce scikit-learn's", file=sys.stderr)
        return 1
    if args.check:
        shipped = json.loads(learned.MODEL_PATH.read_text(encoding="utf-8"))
        same = all(shipped[k] == spec[k] for k in spec if k != "about")
        print("shipped model is what the gold gives" if same else "shipped model differs: retrain")
        return 0 if same else 1
    print("cross-validation (by article):", cross_validate(ex))
    learned.MODEL_PATH.write_text(json.dumps(spec, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {learned.MODEL_PATH.relative_to(ROOT)} ({learned.MODEL_PATH.stat().st_size / 1024:.0f} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
