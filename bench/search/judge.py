#!/usr/bin/env python3
"""The judged query set of issue 16 and its scores (nDCG@10, MRR), built from the benchmark corpus.

Usage: judge.py make corpus.jsonl > judged.json     the queries and their judgments (deterministic for a corpus)
       judge.py score judged.json BASE_URL [demo.json DEMO_URL]   asks /search?q= for each, prints the scores
       judge.py words corpus.jsonl > words.txt       the vocabulary the latency runs draw 1-3 word queries from

A judgment lists the story that should come first (MRR is 1/its rank in the first ten, else 0) and graded stories
(nDCG@10 gain 2^grade - 1). The rules, each a reader's expectation of this corpus:
  known item   3 title words, one a surname, held together by one headline only: that story first (grade 3);
  recency      a person and an event ("Kelly Clarkson Grammys"): every headline naming both is relevant, the 10
               newest grade 2 and the older grade 1, the newest first (relevance x recency, decision 0046);
  person       a person's name: the same with headlines naming the person;
  typo         a recency or known-item query with one letter of the surname changed: the same judgments;
  prefix       a known-item query whose last word is cut to its first letters, as while typing;
  phrase       a surname and two words of a title quoted, which only that headline holds in that order.
"""
import html, json, math, os, random, re, sys, urllib.parse, urllib.request

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../shared/bench"))
from make_corpus import EVENTS  # noqa: E402  the corpus's own event names

WORD = re.compile(r"[a-z0-9']+")
STOP = set("the a of and to in is that for on with as was at by from his her their about".split())


def words(text):
    return WORD.findall(text.lower())


def load(path):
    return [json.loads(line) for line in open(path, encoding="utf-8")]


def person_and_event(title):
    """The corpus writes titles as "{First Last} {verb} {event}: {words}"."""
    head, _, rest = title.partition(": ")
    return " ".join(head.split(" ")[:2]), next(e for e in EVENTS if head.endswith(e)), rest


def graded_by_date(articles, holds):
    """The articles whose headline holds the words: the 10 newest grade 2, the rest 1; the newest should come first."""
    matching = sorted((a for a in articles if holds(set(words(a["title"])))), key=lambda a: a["published_at"], reverse=True)
    return {"first": matching[0]["slug"], "grades": {a["slug"]: 2 if i < 10 else 1 for i, a in enumerate(matching)}}


def misspelt(name, r):
    """One letter inside the surname changed (never the first: SQLite corrects from the first letter on, decision 0089)."""
    first, last = name.split(" ")
    i = r.randrange(1, len(last) - 1)
    letter = "x" if last[i].lower() != "x" else "z"
    return f"{first} {last[:i]}{letter}{last[i + 1:]}"


def make(corpus):
    articles = load(corpus)
    r = random.Random(16)
    headline_words = [set(words(a["title"])) for a in articles]
    queries = []

    known = []
    while len(known) < 14:
        i = r.randrange(len(articles))
        person, _, rest = person_and_event(articles[i]["title"])
        content = [w for w in dict.fromkeys(words(rest)) if w not in STOP and len(w) >= 4]
        if len(content) < 2:
            continue
        picked = [person.split(" ")[1].lower()] + r.sample(content, 2)
        if sum(1 for hw in headline_words if set(picked) <= hw) != 1:
            continue
        known.append((picked, articles[i]["slug"]))
        queries.append({"kind": "known item", "q": " ".join(picked), "first": articles[i]["slug"], "grades": {articles[i]["slug"]: 3}})

    people = sorted({person_and_event(a["title"])[0] for a in articles})
    recency = []
    for person, event, _ in (person_and_event(a["title"]) for a in r.sample(articles, 10)):
        q = f"{person} {event}"
        wanted = set(words(q))
        judged = graded_by_date(articles, lambda hw: wanted <= hw)
        recency.append((person, event, judged))
        queries.append({"kind": "recency", "q": q, **judged})
    for person in r.sample(people, 8):
        wanted = set(words(person))
        queries.append({"kind": "person", "q": person, **graded_by_date(articles, lambda hw: wanted <= hw)})
    for person, event, judged in recency[:4]:
        queries.append({"kind": "typo", "q": f"{misspelt(person, r)} {event}", **judged})
    for picked, slug in known[:4]:
        cut = picked[:2] + [picked[2][:max(3, len(picked[2]) - 2)]]
        queries.append({"kind": "prefix", "q": " ".join(cut), "first": slug, "grades": {slug: 3}})
    phrases = 0
    while phrases < 4:
        article = r.choice(articles)
        person, _, rest = person_and_event(article["title"])
        tokens = words(rest)
        i = r.randrange(len(tokens) - 1)
        surname, phrase = person.split(" ")[1].lower(), f"{tokens[i]} {tokens[i + 1]}"
        if not set(tokens[i:i + 2]) - STOP or sum(1 for a in articles if surname in words(a["title"]) and phrase in " ".join(words(a["title"]))) != 1:
            continue
        phrases += 1
        queries.append({"kind": "phrase", "q": f'{surname} "{phrase}"', "first": article["slug"], "grades": {article["slug"]: 3}})
    return queries


def found(base, q):
    """The slugs of the stories /search lists for the query, in order."""
    with urllib.request.urlopen(f"{base}/search?q={urllib.parse.quote(q)}", timeout=30) as response:
        page = response.read().decode("utf-8")
    start = page.find('<ul class="search-results">')
    if start < 0:
        return []
    block = page[start:page.find("</ul>", start)]
    return list(dict.fromkeys(html.unescape(h).rsplit("/", 1)[-1] for h in re.findall(r'href="(/(?:news|live)/[^"]+)"', block)))


def ndcg(ranked, grades, k=10):
    dcg = sum((2 ** grades.get(slug, 0) - 1) / math.log2(i + 2) for i, slug in enumerate(ranked[:k]))
    ideal = sorted(grades.values(), reverse=True)[:k]
    return dcg / sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))


def score(sets):
    rows = []
    for path, base in sets:
        for judged in json.load(open(path, encoding="utf-8")):
            ranked = found(base, judged["q"])
            rank = ranked.index(judged["first"]) + 1 if judged["first"] in ranked[:10] else None
            rows.append((judged["kind"], judged["q"], ndcg(ranked, judged["grades"]), 1 / rank if rank else 0.0, rank))
    for kind, q, n, _, rank in rows:
        print(f"  {kind:10} nDCG@10 {n:.3f}  first at {rank or '-':>2}  {q}")
    kinds = sorted({row[0] for row in rows})
    for kind in kinds:
        of = [row for row in rows if row[0] == kind]
        print(f"kind {kind}: {len(of)} queries, nDCG@10 {sum(r[2] for r in of) / len(of):.3f}, MRR {sum(r[3] for r in of) / len(of):.3f}")
    print(f"queries {len(rows)}")
    print(f"ndcg10 {sum(r[2] for r in rows) / len(rows):.3f}")
    print(f"mrr {sum(r[3] for r in rows) / len(rows):.3f}")


def vocabulary(corpus):
    names = set()
    for a in load(corpus)[:5000]:
        names.update(w for w in words(a["title"]) if len(w) >= 3 and w not in STOP)
    return sorted(names)


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "make":
        json.dump(make(args[0]), sys.stdout, indent=1)
    elif command == "score":
        score(list(zip(args[0::2], args[1::2])))
    elif command == "words":
        print("\n".join(vocabulary(args[0])))
    else:
        sys.exit(__doc__)
