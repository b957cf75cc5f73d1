#!/usr/bin/env python3
"""Flag knowledge-base phrasings that are too close to evaluation questions.

The evaluation set must measure how the bot handles Indonesian it has never seen; a phrasing that copies or
closely paraphrases an evaluation question inflates the score without helping real users. Run from the project
root:  python3 tools/kb-leak-check.py [../shared/eval/dev.tsv] [--threshold 0.5]
Exits 1 when a phrasing's similarity to an evaluation question reaches the threshold.
"""
import re
import sys


def words(text):
    return re.findall(r"[a-z0-9]+", text.lower())


def grams(text, n=4):
    t = " ".join(words(text))
    return {t[i:i + n] for i in range(max(0, len(t) - n + 1))}


def similarity(a, b):
    """The larger of word-set Jaccard and character 4-gram Jaccard."""
    wa, wb = set(words(a)), set(words(b))
    ga, gb = grams(a), grams(b)
    word = len(wa & wb) / len(wa | wb) if wa | wb else 0
    char = len(ga & gb) / len(ga | gb) if ga | gb else 0
    return max(word, char)


def main():
    import argparse
    ap = argparse.ArgumentParser()
    ap.add_argument("eval", nargs="?", default="../shared/eval/dev.tsv")
    ap.add_argument("--threshold", type=float, default=0.5)
    args = ap.parse_args()
    threshold, eval_path = args.threshold, args.eval
    questions = [line.split("\t")[1] for line in open(eval_path, encoding="utf-8").read().splitlines()[1:] if "\t" in line]
    phrasings = []
    section = None
    for n, line in enumerate(open("content/faq-id.md", encoding="utf-8"), start=1):
        if line.startswith("## "):
            phrasings.append((n, line[3:].strip()))
            section = None
        elif line.startswith("### "):
            section = line[4:].strip().lower()
        elif line.startswith("- ") and section == "pertanyaan lain":
            phrasings.append((n, line[2:].strip()))
    flagged = 0
    for n, phrasing in phrasings:
        best = max(questions, key=lambda q: similarity(phrasing, q))
        score = similarity(phrasing, best)
        if score >= threshold:
            flagged += 1
            print(f"content/faq-id.md:{n}: {score:.2f} \"{phrasing}\" ~ \"{best}\"")
    print(f"kb-leak-check: {flagged} of {len(phrasings)} lines at or above {threshold}")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
