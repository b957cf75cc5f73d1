#!/usr/bin/env python3
"""Check that every article ("Pasal N") the knowledge base cites is one the domain reference mentions.

Run from the project root:  python3 tools/kb-citation-check.py [../shared/domain/referensi-netralitas.md]
Reads content/faq-id.md (legal bases, answers, advice and sanctions) and exits 1 when a cited article number of a
regulation does not occur in the reference near that regulation's name — the bot must never invent an article.
"""
import re
import sys

KB = "content/faq-id.md"
NUMBER_LIST = r"(\d+[A-Z]?)((?:\s*(?:ayat\s*\([0-9a-z]+\)(?:\s*huruf\s*[a-z])?|huruf\s*[a-z]|angka\s*\d+)?\s*(?:,|dan|jo\.|s\.d\.|/|–|-)\s*(?:Pasal\s*)?\d+)*)"


def regulation_key(text):
    """The short name of the regulation a citation belongs to: 'UU 7/2017', 'PP 94/2021', 'PKPU 25/2023'."""
    m = re.search(r"\b(UU|PP|PKPU|Perpres|Perban|Peraturan BKN|Keppres)\s*(?:No\.?\s*|Nomor\s*)?(\d+)\s*(?:/|\s+Tahun\s+)(\d{4})", text, re.I)
    if not m:
        return None
    kind = {"peraturan bkn": "Peraturan BKN"}.get(m.group(1).lower(), m.group(1).upper() if len(m.group(1)) <= 5 else m.group(1))
    return f"{kind} {m.group(2)}/{m.group(3)}"


def cited(kb_text):
    """(line number, regulation, article) for every 'Pasal N' whose regulation is named before it on the line."""
    for n, line in enumerate(kb_text.splitlines(), start=1):
        for m in re.finditer(r"Pasal\s+" + NUMBER_LIST, line):
            before = line[: m.start()]
            # the regulation named last before the article
            regs = [r for r in (regulation_key(before[i:]) for i in [mm.start() for mm in re.finditer(r"\b(UU|PP|PKPU|Perpres|Peraturan BKN|Keppres)\b", before)]) if r]
            reg = regs[-1] if regs else None
            numbers = [m.group(1)] + re.findall(r"(?:,|dan|jo\.|s\.d\.|–|-)\s*(?:Pasal\s*)?(\d+)", m.group(2))
            for number in numbers:
                yield n, reg, number


def supported(reference, regulation, number):
    """The article occurs in the reference as 'Pasal N', 'Ps N' or a table row '| N ayat' (the UU tables)."""
    pattern = r"(?:Pasal|Ps\.?)\s*(?:\d+\s*(?:,|dan|–|-|/)\s*)*" + re.escape(number) + r"\b|^\|\s*" + re.escape(number) + r"\b"
    return re.search(pattern, reference, re.M) is not None


def main():
    reference_path = sys.argv[1] if len(sys.argv) > 1 else "../shared/domain/referensi-netralitas.md"
    reference = open(reference_path, encoding="utf-8").read()
    kb = open(KB, encoding="utf-8").read()
    bad = [(n, reg, num) for n, reg, num in cited(kb) if not supported(reference, reg, num)]
    for n, reg, num in bad:
        print(f"{KB}:{n}: Pasal {num} ({reg or 'peraturan tidak disebut'}) tidak ditemukan di {reference_path}")
    total = sum(1 for _ in cited(kb))
    print(f"kb-citation-check: {total} kutipan pasal, {len(bad)} tidak didukung referensi")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
