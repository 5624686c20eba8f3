"""Synthetic news-like corpus for the speed benchmark (deterministic, fast, no seed text).

Articles are 1-5 KB of English wire-style prose built from sentence templates and word
lists written for this file: a dateline lede, quoted sources, paragraphs of 1-4 sentences,
occasional page furniture (share buttons, copyright lines) and, rarely, a paragraph or a
whole article in another language, so the language rules see their expensive path too.
About 2% of records are exact copies and 2% near copies (words changed, truncated or
extended) of an earlier record, so the corpus rules (NL5xx) have real work.

Speed matters: 100,000 articles (about 300 MB) are generated in well under a minute, so the
scaling runs of ``speed.py`` are not dominated by set-up.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path

# Word lists read better packed than one word per line.
# fmt: off
CITIES = (
    "LONDON", "PARIS", "BERLIN", "MADRID", "ROME", "WARSAW", "NAIROBI", "LAGOS", "CAIRO",
    "TOKYO", "SEOUL", "MANILA", "JAKARTA", "SYDNEY", "TORONTO", "CHICAGO", "BOSTON", "DENVER",
    "LIMA", "BOGOTA", "SANTIAGO", "MUMBAI", "DHAKA", "HANOI", "OSLO", "HELSINKI", "VIENNA",
    "PRAGUE", "ATHENS", "LISBON", "DUBLIN", "GENEVA", "BRUSSELS", "ACCRA",
)
AGENCIES = ("Reuters", "AP", "AFP", "dpa", "Bloomberg", "Staff")
FIRST = (
    "Maria", "James", "Amina", "Kenji", "Olga", "Pedro", "Fatima", "Lars", "Grace", "Tomasz",
    "Aisha", "Daniel", "Ingrid", "Rahul", "Sofia", "Marcus", "Helen", "Yusuf", "Clara", "Ivan",
    "Nadia", "Oscar", "Leila", "Peter", "Mei", "Samuel", "Elena", "David", "Priya", "Hugo",
)
LAST = (
    "Okafor", "Lindqvist", "Moreau", "Tanaka", "Kowalski", "Haddad", "Brennan", "Alvarez",
    "Novak", "Chen", "Mensah", "Fischer", "Rossi", "Petrov", "Nakamura", "Osei", "Dubois",
    "Kaplan", "Herrera", "Varga", "Sato", "Mwangi", "Larsen", "Quinn", "Adeyemi", "Keller",
    "Iqbal", "Romano", "Walsh", "Castillo", "Berg", "Yilmaz", "Santos", "Grant", "Ferreira",
)
TITLES = (
    "spokesperson", "chief economist", "director", "minister", "senior analyst", "mayor",
    "chief executive", "union leader", "professor", "head of research", "deputy governor",
    "campaign manager", "police chief", "board member", "fund manager", "trade negotiator",
)
ORGS = (
    "the central bank", "the finance ministry", "the port authority", "the city council",
    "the national grid operator", "the health agency", "the transport union",
    "the statistics office", "the energy regulator", "the farmers' association", "the airline",
    "the mining company", "the school board", "the water utility", "the football federation",
    "the research institute", "the retail group", "the shipping line",
    "the election commission", "the housing agency",
)
TOPICS = (
    "inflation", "the budget", "fuel prices", "the harbour expansion", "rail fares",
    "the drought", "wage talks", "the bond market", "housing supply", "grain exports",
    "the power outage", "the new stadium", "hospital waiting lists", "the trade deal",
    "bus routes", "the copper mine", "school funding", "interest rates", "the flood defences",
    "the airport strike", "emissions targets", "the tax reform", "the fishing quota",
    "broadband coverage", "the pension plan", "tourism revenue", "the coalition talks",
)
VERBS = (
    "warned about", "defended", "criticised", "welcomed", "questioned", "announced a review of",
    "played down", "raised concerns over", "pledged to act on", "delayed a decision on",
    "called for talks on", "published new figures on", "rejected claims about",
    "set out plans for", "signalled support for", "promised an inquiry into",
)
ADJ = (
    "sharp", "modest", "unexpected", "steady", "record", "temporary", "lengthy", "narrow",
    "broad", "costly", "gradual", "sudden", "fragile", "lasting", "partial", "significant",
)
NOUNS = (
    "rise", "fall", "delay", "shortfall", "increase", "decline", "surplus", "backlog",
    "recovery", "slowdown", "dispute", "rebound", "shortage", "expansion", "setback",
)
WHEN = (
    "on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday",
    "on Sunday", "last week", "earlier this month", "late on Tuesday", "this morning",
    "in a statement", "at a news conference", "in an interview", "in parliament",
)
NUMS = ("two", "three", "four", "five", "seven", "ten", "a dozen", "several", "dozens of")
UNITS = ("percent", "million euros", "billion dollars", "tonnes", "jobs", "flights", "homes")

# Sentence templates: slots are filled from the tuples above. Many templates and slot words
# keep word 5-grams of unrelated articles mostly distinct, like real reporting.
TEMPLATES = (
    "{org_c} {verb} {topic} {when}, citing a {adj} {noun} in {topic2}.",
    "{person}, {title} of {org}, said the {adj} {noun} would weigh on {topic} for months.",
    '"We are not going to hide from {topic}," {person} told reporters {when}.',
    '"The {noun} in {topic} is {adj}, but it is not the whole story," said {person}.',
    "Officials expect a {adj} {noun} of {num} {unit} before the end of the year.",
    "The figures showed a {adj} {noun} of {pct} percent compared with a year earlier.",
    "{person} {verb} {topic} and urged {org} to publish its own assessment.",
    "Critics say the plan does little to address {topic} or the {adj} {noun} in {topic2}.",
    "It was not immediately clear how {org} would respond to the {adj} {noun}.",
    "Analysts at {org} had forecast a {adj} {noun}, with {num} {unit} at stake.",
    "The dispute over {topic} has dragged on since {month}, when talks first stalled.",
    "{org_c} said it had received {num} complaints about {topic} since {month}.",
    "Residents in the {dir} of {city_t} described a {adj} {noun} in recent weeks.",
    "According to {org}, {topic} accounted for {pct} percent of the {adj} {noun}.",
    "{person} is due to meet representatives of {org} {when} to discuss {topic}.",
    "Opposition lawmakers {verb} {topic}, saying the government had ignored warnings.",
    "The vote on {topic} is expected in {month}, after a {adj} consultation period.",
    '"There is a {adj} risk of a {noun} if nothing changes," {person} said {when}.',
    "Shares in {org} closed {pct} percent lower after the announcement.",
    "A report commissioned by {org} found a {adj} {noun} linked to {topic}.",
    "{org_c} has set aside {num} {unit} to deal with {topic}, a spokesperson confirmed.",
    "The measures come after a {adj} {noun} that left {num} {unit} unaccounted for.",
    "Negotiators from both sides met in {city_t} {when} but failed to agree on {topic}.",
    "{person}, who has led {org} since {year}, said lessons had been learned.",
    "Police said {num} people were questioned after protests over {topic} {when}.",
    "The proposal would cap {topic} and phase in changes over {num} years.",
    "Weather forecasters warned that the {adj} {noun} could worsen {topic} this week.",
    "In {city_t}, traders reported a {adj} {noun} in demand linked to {topic}.",
)
BOILERPLATE = (
    "Share this article",
    "Follow us on Twitter and Facebook for the latest updates.",
    "Sign up for our morning newsletter",
    "Related: more coverage of the story",
    "Copyright {year} Example News Service. All rights reserved.",
    "Read more: what the budget means for you",
    "Advertisement",
)
# Hand-written non-English paragraphs: they make langdetect run on a few articles.
FOREIGN = (
    "El ayuntamiento anunció que las obras del puerto se retrasarán hasta el próximo año "
    "porque los costes han aumentado y los vecinos piden más información sobre el proyecto.",
    "Die Regierung will die Förderung für neue Wohnungen im nächsten Jahr deutlich erhöhen, "
    "doch die Opposition hält die Pläne für zu vage und fordert eine schnelle Abstimmung.",
    "Le gouvernement a présenté mardi un plan pour réduire les retards dans les hôpitaux, "
    "mais les syndicats estiment que les moyens prévus restent largement insuffisants.",
)
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
DIRS = ("north", "south", "east", "west", "centre")
# fmt: on


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _sentence(rng: random.Random, year: int) -> str:
    org = rng.choice(ORGS)
    return rng.choice(TEMPLATES).format(
        org=org,
        org_c=org[0].upper() + org[1:],
        verb=rng.choice(VERBS),
        topic=rng.choice(TOPICS),
        topic2=rng.choice(TOPICS),
        when=rng.choice(WHEN),
        adj=rng.choice(ADJ),
        noun=rng.choice(NOUNS),
        person=_person(rng),
        title=rng.choice(TITLES),
        num=rng.choice(NUMS),
        unit=rng.choice(UNITS),
        pct=f"{rng.randint(1, 40)}.{rng.randint(0, 9)}",
        month=rng.choice(MONTHS),
        dir=rng.choice(DIRS),
        city_t=rng.choice(CITIES).title(),
        year=year - rng.randint(1, 12),
    )


def make_article(rng: random.Random, index: int) -> dict[str, str]:
    """One fresh article record (id, title, date, url, source, text)."""
    date = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 5 * 365))
    target = rng.randint(1000, 4900)
    paragraphs: list[str] = []
    size = 0
    if rng.random() < 0.85:  # most wire copy opens with a dateline
        month = MONTHS[date.month - 1]
        lede = f"{rng.choice(CITIES)}, {month} {date.day} ({rng.choice(AGENCIES)}) - "
    else:
        lede = ""
    lede += _sentence(rng, date.year)
    paragraphs.append(lede)
    size += len(lede)
    while size < target - 120:
        if rng.random() < 0.004:
            para = rng.choice(FOREIGN)
        else:
            para = " ".join(_sentence(rng, date.year) for _ in range(rng.randint(1, 4)))
        paragraphs.append(para)
        size += len(para) + 2
    if rng.random() < 0.10:
        paragraphs.append(rng.choice(BOILERPLATE).format(year=date.year))
    if rng.random() < 0.003:  # a whole article in another language
        paragraphs = [rng.choice(FOREIGN) for _ in range(rng.randint(6, 20))]
    title = f"{rng.choice(ORGS)[4:].title()} {rng.choice(VERBS)} {rng.choice(TOPICS)}"
    return {
        "id": f"a{index:07d}",
        "title": title,
        "date": date.isoformat(),
        "url": f"https://news.example.org/{date.year}/{index:07d}",
        "source": rng.choice(AGENCIES),
        "text": "\n\n".join(paragraphs) + "\n",
    }


def _near_copy(rng: random.Random, text: str) -> str:
    """Change a few words, drop the last paragraphs, or add one: a near duplicate."""
    paragraphs = text.rstrip("\n").split("\n\n")
    mode = rng.random()
    if mode < 0.4 and len(paragraphs) > 3:
        paragraphs = paragraphs[: max(2, int(len(paragraphs) * 0.8))]
    elif mode < 0.7:
        paragraphs.append(_sentence(rng, 2022) + " " + _sentence(rng, 2022))
    else:
        words = " ".join(paragraphs).split(" ")
        for _ in range(max(1, len(words) // 40)):
            words[rng.randrange(len(words))] = rng.choice(NOUNS)
        return " ".join(words) + "\n"
    return "\n\n".join(paragraphs) + "\n"


def generate(n: int, seed: int = 4) -> Iterator[dict[str, str]]:
    """``n`` records; ~2% exact and ~2% near copies of an earlier record (prefix-stable)."""
    rng = random.Random(seed)
    recent: list[str] = []  # texts that copies are drawn from (bounded: memory stays flat)
    for i in range(n):
        roll = rng.random()
        if recent and roll < 0.02:
            record = make_article(rng, i)
            record["text"] = rng.choice(recent)
        elif recent and roll < 0.04:
            record = make_article(rng, i)
            record["text"] = _near_copy(rng, rng.choice(recent))
        else:
            record = make_article(rng, i)
            if len(recent) < 2000:
                recent.append(record["text"])
            else:
                recent[rng.randrange(2000)] = record["text"]
        yield record


def write_jsonl(path: Path, n: int, seed: int = 4) -> int:
    """Write ``n`` records as JSONL; returns the byte size of the article texts."""
    total = 0
    with path.open("w", encoding="utf-8") as fh:
        for record in generate(n, seed):
            total += len(record["text"].encode("utf-8"))
            fh.write(json.dumps(record, ensure_ascii=False))
            fh.write("\n")
    return total


def write_txt_folder(folder: Path, jsonl: Path, limit: int | None = None) -> int:
    """One .txt file per record of ``jsonl`` (body only); returns the number written."""
    folder.mkdir(parents=True, exist_ok=True)
    count = 0
    with jsonl.open(encoding="utf-8") as fh:
        for line in fh:
            if limit is not None and count >= limit:
                break
            record = json.loads(line)
            (folder / f"{record['id']}.txt").write_text(record["text"], encoding="utf-8")
            count += 1
    return count


def head_jsonl(src: Path, dst: Path, n: int) -> None:
    """The first ``n`` lines of ``src`` (generation is prefix-stable, so this is a corpus)."""
    with src.open("rb") as fin, dst.open("wb") as fout:
        for i, line in enumerate(fin):
            if i >= n:
                break
            fout.write(line)
