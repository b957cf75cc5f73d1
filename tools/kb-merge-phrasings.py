#!/usr/bin/env python3
"""Add the alternate phrasings of entries in another KB file to the entries with the same id in content/faq-id.md.

Used to combine the work of several writers: only phrasings are taken (answers, bases and sanctions stay as
reviewed), duplicates (ignoring case and punctuation) are skipped. Usage: tools/kb-merge-phrasings.py OTHER.md
"""
import re
import sys


def norm(text):
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def phrasings_by_id(path):
    result, current, section, question = {}, None, None, None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("## "):
            question, current, section = line[3:].strip(), None, None
        elif line.startswith("- ID:"):
            current = line[5:].strip()
            result.setdefault(current, [question])
        elif line.startswith("### "):
            section = line[4:].strip().lower()
        elif line.startswith("- ") and section == "pertanyaan lain" and current:
            result[current].append(line[2:].strip())
    return result


def main():
    other = phrasings_by_id(sys.argv[1])
    lines = open("content/faq-id.md", encoding="utf-8").read().split("\n")
    seen = {norm(l[2:]) for l in lines if l.startswith("- ")} | {norm(l[3:]) for l in lines if l.startswith("## ")}
    out, current, section, added = [], None, None, 0
    for i, line in enumerate(lines):
        out.append(line)
        if line.startswith("- ID:"):
            current = line[5:].strip()
        elif line.startswith("### "):
            section = line[4:].strip().lower()
        # Append at the end of the "Pertanyaan lain" list: the next line is blank or a heading.
        if section == "pertanyaan lain" and line.startswith("- ") and current in other:
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if not nxt.startswith("- "):
                for phrasing in other[current]:
                    if phrasing and norm(phrasing) not in seen:
                        seen.add(norm(phrasing))
                        out.append("- " + phrasing)
                        added += 1
    open("content/faq-id.md", "w", encoding="utf-8").write("\n".join(out))
    print(f"added {added} phrasings")


if __name__ == "__main__":
    main()
