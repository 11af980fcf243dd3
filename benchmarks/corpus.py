"""Write a synthetic but realistic news site for benchmarks: N articles, a few hundred people, ~40 topics.

The benchmark needs input that looks like the real thing to every stage of a build: articles of
varied length averaging about 750 words (the size of PolNeAR's news articles), direct quotes in
straight and curly quotes, pronoun follow-ups (``"…," she added.``), reported speech
(``X said that …``, ``according to X, …``, ``X urged the … to …``), figures of every kind the
extractor knows (counts with nouns, ``$3.2 million``, ``Rs 1,200 crore``, ``12%``), recurring
speakers with aliases, and dates spread over four years.  Everything is invented from syllable
and phrase tables, so no real person is quoted, and the whole corpus is a pure function of the
seed: ``random.Random(seed)`` is the only source of variation (no clock, no uuid, no set order),
so two runs with one seed write the same bytes and a benchmark can be repeated exactly.

The Markdown is deliberately plain (paragraphs, a few ``##`` headings and ``-`` lists) so that
Hugo and Pelican render the same files in ``benchmarks/bench.py``.

    python benchmarks/corpus.py OUT_DIR --articles N [--seed S] [--people P]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

MEAN_WORDS = 750
START = date(2021, 1, 1)
DAYS = 4 * 365

# --- word tables -------------------------------------------------------------------------------------

FIRST_A = "Ka Mi Ra To Le Sa Vi No Da El An Jo Ri Ta Ma Be Lu Fe Or Is Ne Ha Zo Pe Ya Ce Go Ilo Ve Su".split()
FIRST_B = "ren ra lin na vo dric sha tan mir lo ve rin da mon sel ja nor ka bel tis ria van".split()
SUR_A = "Cas Fau Ren Quil Var Dor Hal Mer Sto Bren Tal Vos Kel Ash Mor Lan Pel Ros Thar Wen Yor Ilm Gar Sen".split()
SUR_B = "tel ri ne la va do mi ro sa ke li bo wa".split()
SUR_C = "lan ck ford wick ani ov sen dar ton mere gard ith ez ley ner quist lund".split()
PLACE_A = "Tar Sal Vel Mor Kes Ard Bel Cor Dun Fen Gal Hes Lor Mar Nor Ost Pra Quen Ros Sil".split()
PLACE_B = "vel den dra ton mouth ford wick stad holm bury gate port".split()
TITLES_M = ["Mr.", "Dr.", "Prof."]
TITLES_F = ["Ms.", "Dr.", "Prof."]

OFFICES = [
    "Minister of Finance", "Minister of Health", "Minister of External Affairs", "Minister of Labour",
    "Minister of Transport", "Minister of Agriculture", "Minister of Energy", "Home Minister",
    "Prime Minister", "Leader of the Opposition", "Chief Minister of {place}", "Mayor of {place}",
    "Governor of the Central Bank", "Member of Parliament for {place}", "Chair of the {place} Port Authority",
    "Spokesperson for the {party}", "President of the {place} Chamber of Commerce", "Chief Justice",
    "Director of the {place} Institute of Economics", "General Secretary of the {union}",
    "Chief Executive of {company}", "Professor of Economics at the University of {place}",
    "Police Commissioner of {place}", "Health Secretary of {place}", "Head of the Election Commission",
]  # fmt: skip
PARTIES = ["Harbour Party", "People's Front", "Green League", "National Union Party", "Liberal Alliance"]
UNIONS = ["Dockworkers' Union", "Teachers' Federation", "Nurses' Association", "Farmers' Council"]
COMPANIES = ["Veldra Rail", "Kestrel Energy", "Salden Shipping", "Northgate Telecom", "Ardmouth Steel"]
BODIES = ["government", "ministry", "city council", "state government", "central bank", "regulator", "commission"]
OUTLETS = [
    ("Salden Courier", "courier"), ("The Tarvel Post", "tarvelpost"), ("Veldra Times", "veldratimes"),
    ("Morford Herald", "morfordherald"), ("Kesden Daily", "kesdendaily"), ("The Ardmouth Ledger", "ledger"),
    ("Coastal Wire", "coastalwire"), ("Northgate Observer", "observer"), ("Belport Gazette", "gazette"),
    ("The Lorwick Standard", "standard"), ("Fenstad Tribune", "tribune"), ("Quenholm News", "qnews"),
]  # fmt: skip
GROUPS = ["households", "small businesses", "farmers", "students", "pensioners", "workers", "residents", "families"]
PERIODS = ["year", "month", "season", "decade"]

# id | name | keywords | counted nouns | spending purposes
TOPIC_TABLE = """
economy|Economy|growth,inflation,gdp|jobs,firms,loans|stimulus payments,business loans
budget|Budget|budget,spending,deficit|line items,departments,projects|the annual budget,debt repayments
health|Health|hospital,doctor,patients|hospital beds,doctors,patients|new hospitals,medical equipment
public-health|Public health|vaccine,outbreak,clinic|vaccine doses,cases,clinics|vaccination drives,disease surveillance
education|Education|school,teacher,university|schools,teachers,students|school buildings,teacher training
migration|Migration|migrant,deport,immigration|migrants,deportees,visa applications|return flights,migrant shelters
floods|Floods|flood,river,levee|homes,evacuees,villages|river walls,flood defences
agriculture|Agriculture|farm,crop,harvest|farmers,tonnes of wheat,hectares|crop insurance,irrigation canals
energy|Energy|power,grid,electricity|megawatts,power plants,households|grid upgrades,solar farms
transport|Transport|road,bus,traffic|buses,commuters,kilometres of road|road repairs,bus routes
railways|Railways|rail,train,station|trains,passengers,stations|new rail lines,station upgrades
ports|Ports|port,cargo,harbour|containers,ships,dockworkers|harbour dredging,new cranes
aviation|Aviation|airport,airline,flight|flights,passengers,aircraft|a new runway,airport terminals
housing|Housing|housing,rent,homes|homes,tenants,apartments|affordable housing,rent subsidies
labour|Labour|worker,wage,union|workers,jobs,strikes|wage subsidies,job training
trade|Trade|export,import,tariff|containers,exporters,shipments|export credits,trade missions
defence|Defence|army,defence,military|soldiers,vehicles,bases|new equipment,military pensions
elections|Elections|election,vote,ballot|voters,polling stations,ballots|election security,voter registration
courts|Courts|court,judge,case|cases,judges,appeals|new courtrooms,legal aid
policing|Policing|police,crime,arrest|officers,arrests,complaints|police stations,body cameras
climate|Climate|climate,emissions,carbon|tonnes of carbon,trees,coal plants|climate adaptation,clean energy
water|Water|water,drought,reservoir|litres of water,wells,tankers|water pipelines,reservoirs
technology|Technology|software,digital,data|startups,engineers,data centres|digital services,broadband
telecoms|Telecoms|mobile,broadband,network|mobile towers,subscribers,villages|rural broadband,spectrum auctions
banking|Banking|bank,lending,deposit|accounts,branches,borrowers|bank recapitalisation,deposit insurance
taxes|Taxes|tax,revenue,levy|taxpayers,returns,companies|tax refunds,revenue collection
tourism|Tourism|tourist,hotel,visitor|tourists,hotel rooms,visitors|tourism promotion,heritage sites
fisheries|Fisheries|fishing,fish,boat|fishing boats,fishers,tonnes of fish|fishing harbours,fuel subsidies
mining|Mining|mine,mineral,ore|miners,tonnes of ore,mines|mine safety,land rehabilitation
pensions|Pensions|pension,retirement,benefit|pensioners,claims,payments|pension increases,care homes
culture|Culture|museum,festival,arts|artists,museums,festivals|arts grants,library renovations
sport|Sport|stadium,league,athlete|athletes,stadiums,clubs|sports facilities,youth leagues
science|Science|research,laboratory,scientist|researchers,grants,laboratories|research grants,a national laboratory
media|Media|press,broadcaster,journalist|journalists,newspapers,licences|public broadcasting,press freedom
local-government|Local government|council,municipal,mayor|councillors,wards,municipalities|ward services,street lights
foreign-policy|Foreign policy|embassy,treaty,diplomat|diplomats,embassies,visas|embassy security,foreign aid
human-rights|Human rights|rights,detention,protest|detainees,protesters,petitions|legal aid,rights commissions
corruption|Corruption|bribe,audit,fraud|contracts,officials,audits|audit offices,anti-graft units
wildlife|Wildlife|forest,species,wildlife|tigers,hectares of forest,rangers|forest patrols,wildlife corridors
urban-planning|Urban planning|zoning,city,development|buildings,parks,permits|city parks,public squares
"""


@dataclass(frozen=True)
class Topic:
    id: str
    name: str
    keywords: list[str]
    nouns: list[str]
    purposes: list[str]


@dataclass(frozen=True)
class Person:
    id: str
    first: str
    surname: str
    female: bool
    role: str
    since: date | None

    @property
    def name(self) -> str:
        return f"{self.first} {self.surname}"

    @property
    def honorific(self) -> str:
        return f"{'Ms.' if self.female else 'Mr.'} {self.surname}"

    @property
    def pronoun(self) -> str:
        return "she" if self.female else "he"


@dataclass
class World:
    """The recurring cast of a corpus: people, topics, places and reporters, all drawn from one seed."""

    people: list[Person]
    topics: list[Topic]
    places: list[str]
    reporters: list[str]
    bystanders: list[str]
    people_weights: list[float] = field(default_factory=list)


# --- invented names ----------------------------------------------------------------------------------


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _first_name(rng: random.Random) -> str:
    return rng.choice(FIRST_A) + rng.choice(FIRST_B)


def _surname(rng: random.Random) -> str:
    middle = rng.choice(SUR_B) if rng.random() < 0.5 else ""
    return rng.choice(SUR_A) + middle + rng.choice(SUR_C)


def _unique(rng: random.Random, make: Callable[[random.Random], str], count: int, taken: set[str]) -> list[str]:
    """``count`` new values from ``make`` not in ``taken``; the list keeps draw order, so it is seed-stable."""
    out: list[str] = []
    while len(out) < count:
        value = make(rng)
        if value not in taken:
            taken.add(value)
            out.append(value)
    return out


def _places(rng: random.Random, count: int) -> list[str]:
    return _unique(rng, lambda r: r.choice(PLACE_A) + r.choice(PLACE_B), count, set())


def _role(rng: random.Random, places: list[str]) -> str:
    office = rng.choice(OFFICES)
    return office.format(
        place=rng.choice(places), party=rng.choice(PARTIES), union=rng.choice(UNIONS), company=rng.choice(COMPANIES)
    )


def _people(rng: random.Random, count: int, places: list[str]) -> list[Person]:
    """Unique surnames, so every alias (``Castellan``, ``Ms. Castellan``) names one person only."""
    surnames = _unique(rng, _surname, count, set())
    people = []
    for surname in surnames:
        first = _first_name(rng)
        since = START - timedelta(days=rng.randrange(3000)) if rng.random() < 0.4 else None
        pid = slugify(f"{first} {surname}")
        people.append(Person(pid, first, surname, rng.random() < 0.45, _role(rng, places), since))
    return people


def _topics() -> list[Topic]:
    topics = []
    for line in TOPIC_TABLE.strip().splitlines():
        tid, name, keywords, nouns, purposes = line.split("|")
        topics.append(Topic(tid, name, keywords.split(","), nouns.split(","), purposes.split(",")))
    return topics


def make_world(rng: random.Random, people: int) -> World:
    places = _places(rng, 60)
    cast = _people(rng, people, places)
    taken = {p.surname for p in cast}
    reporters = [f"{_first_name(rng)} {s}" for s in _unique(rng, _surname, 40, taken)]
    bystanders = [f"{_first_name(rng)} {s}" for s in _unique(rng, _surname, 200, taken)]
    world = World(cast, _topics(), places, reporters, bystanders)
    world.people_weights = [1 / (i + 1) ** 0.8 for i in range(len(cast))]  # a few prominent, a long tail
    return world


# --- figures -----------------------------------------------------------------------------------------


def count_figure(rng: random.Random) -> str:
    magnitude = rng.choice([10, 100, 1000, 10_000, 100_000, 1_000_000])
    value = rng.randrange(magnitude // 10 + 1, magnitude * 10)
    if value >= 1000 and rng.random() < 0.5:
        value = round(value, -(len(str(value)) - 2))
    if value >= 1_000_000 and rng.random() < 0.5:
        return f"{value / 1_000_000:.1f} million".replace(".0 ", " ")
    return f"{value:,}"


def money_figure(rng: random.Random) -> str:
    kind = rng.randrange(8)
    whole, tenth = rng.randrange(1, 950), rng.randrange(10)
    amount = f"{whole}.{tenth}" if tenth and whole < 100 else str(whole)
    if kind == 0:
        return f"Rs {rng.randrange(1, 9000):,} crore"
    if kind == 1:
        return f"Rs {rng.randrange(2, 99)} lakh"
    if kind == 2:
        return f"${rng.randrange(1, 40)}.{tenth}bn"
    if kind == 3:
        return f"€{amount}m"
    if kind == 4:
        return f"£{amount} million"
    if kind == 5:
        return f"${rng.randrange(10, 990) * 1000:,}"
    return f"${amount} million"


def percent_figure(rng: random.Random) -> str:
    value = f"{rng.randrange(1, 60)}.{rng.randrange(10)}" if rng.random() < 0.3 else str(rng.randrange(1, 95))
    return f"{value} per cent" if rng.random() < 0.3 else f"{value}%"


# --- sentences ---------------------------------------------------------------------------------------


@dataclass
class Scene:
    """What one article is about; sentence makers draw their slots from it."""

    rng: random.Random
    world: World
    topic: Topic
    place: str
    year: int
    cast: list[Person]
    outlet: str
    mentioned: set[str] = field(default_factory=set)
    last_speaker: Person | None = None

    def pick(self, items: list[str]) -> str:
        return self.rng.choice(items)

    def noun(self) -> str:
        return self.pick(self.topic.nouns)

    def purpose(self) -> str:
        return self.pick(self.topic.purposes)

    def body(self) -> str:
        return self.pick(BODIES)

    def speaker(self) -> Person:
        return self.rng.choice(self.cast)

    def name(self, person: Person) -> str:
        """Full name with role on first mention, then surname or honorific, as newspapers write it."""
        if person.id not in self.mentioned:
            self.mentioned.add(person.id)
            return f"{person.role} {person.name}" if self.rng.random() < 0.5 else person.name
        return person.surname if self.rng.random() < 0.6 else person.honorific


def fact(s: Scene) -> str:
    r = s.rng
    templates = [
        lambda: (
            f"{s.place} recorded {count_figure(r)} {s.noun()} in {s.year}, up from {count_figure(r)} a year earlier."
        ),
        lambda: f"The {s.body()} set aside {money_figure(r)} for {s.purpose()} in its {s.year} budget.",
        lambda: (
            f"{percent_figure(r)} of {s.pick(GROUPS)} in {s.place} said they had been affected, "
            f"a survey by the {s.pick(UNIONS)} found."
        ),
        lambda: f"The programme is expected to cost {money_figure(r)} over {r.randrange(2, 10)} years.",
        lambda: f"Around {count_figure(r)} {s.noun()} are expected to benefit from the plan.",
        lambda: f"Spending on {s.purpose()} rose {percent_figure(r)} in the last quarter, official figures show.",
        lambda: (
            f"Last {s.pick(['March', 'June', 'September', 'December'])}, the {s.body()} approved "
            f"{money_figure(r)} to expand {s.purpose()} across {r.randrange(3, 40)} districts."
        ),
        lambda: f"The dispute over {s.purpose()} has dragged on since {s.year - r.randrange(1, 6)}.",
        lambda: f"Critics point out that {s.place} still has fewer {s.noun()} than it did in {s.year - 10}.",
        lambda: (
            f"{s.topic.keywords[0].capitalize()} has become one of the main issues in {s.place}, "
            f"where {count_figure(r)} {s.noun()} were counted this {s.pick(PERIODS)}."
        ),
    ]
    return r.choice(templates)()


def clause(s: Scene) -> str:
    """A that-clause for reported speech, usually carrying a figure."""
    r = s.rng
    templates = [
        lambda: f"the {s.body()} had spent {money_figure(r)} on {s.purpose()} without results",
        lambda: f"{count_figure(r)} {s.noun()} were still waiting for help",
        lambda: f"{percent_figure(r)} of the money for {s.purpose()} had not been used",
        lambda: f"the plan would create {count_figure(r)} {s.noun()} by {s.year + r.randrange(1, 5)}",
        lambda: f"{s.place} needed at least {money_figure(r)} to repair the damage",
        lambda: f"the {s.body()} would review the rules on {s.topic.keywords[1]} within {r.randrange(2, 12)} months",
        lambda: f"nobody had been consulted about {s.purpose()}",
    ]
    return r.choice(templates)()


def quote_sentence(s: Scene) -> str:
    r = s.rng
    templates = [
        lambda: f"We will not accept cuts to {s.purpose()}",
        lambda: f"This is about {s.pick(GROUPS)} in {s.place}, not about politics",
        lambda: f"The {s.body()} has failed {s.pick(GROUPS)} for {r.randrange(2, 20)} years",
        lambda: f"{count_figure(r)} {s.noun()} cannot wait another {s.pick(PERIODS)}",
        lambda: f"Nobody should pretend that {money_figure(r)} is enough for {s.purpose()}",
        lambda: f"We have already put {money_figure(r)} into {s.purpose()} and we will do more",
        lambda: f"Our numbers show a fall of {percent_figure(r)} since {s.year - 1}",
        lambda: f"I have spoken to {s.pick(GROUPS)} in {s.place} and they are worried about {s.topic.keywords[0]}",
        lambda: "The figures speak for themselves",
    ]
    return r.choice(templates)()


def _quotes(s: Scene) -> tuple[str, str]:
    return ("\u201c", "\u201d") if s.rng.random() < 0.5 else ('"', '"')


def direct_quote(s: Scene) -> str:
    r = s.rng
    person = s.speaker()
    oq, cq = _quotes(s)
    q1, q2 = quote_sentence(s), quote_sentence(s)
    pronoun_ok = s.last_speaker is person
    s.last_speaker = person
    forms = [
        lambda: f"{oq}{q1},{cq} {s.name(person)} said.",
        lambda: f"{oq}{q1}. {q2},{cq} {s.name(person)} told the {s.outlet.removeprefix('The ')}.",
        lambda: f"{s.name(person)} said: {oq}{q1}.{cq}",
        lambda: f"{oq}{q1},{cq} said {s.name(person)}. {oq}{q2}.{cq}",
        lambda: f"{oq}Why should {s.pick(GROUPS)} pay for this?{cq} {s.name(person)} asked.",
    ]
    if pronoun_ok:
        forms.append(lambda: f"{oq}{q1},{cq} {person.pronoun} added.")
        forms.append(lambda: f"{oq}{q1},{cq} {person.pronoun} said. {oq}{q2}.{cq}")
    return r.choice(forms)()


def reported(s: Scene) -> str:
    r = s.rng
    person = s.speaker()
    s.last_speaker = person
    forms = [
        lambda: f"{s.name(person)} said that {clause(s)}.",
        lambda: f"According to {s.name(person)}, {clause(s)}.",
        lambda: f"{s.name(person)} urged the {s.body()} to spend {money_figure(r)} on {s.purpose()}.",
        lambda: f"{s.name(person)} told reporters that {clause(s)}.",
        lambda: f"{s.name(person)} warned that {clause(s)}.",
        lambda: f"{s.name(person)} argued that {clause(s)}, and called for an inquiry.",
    ]
    return r.choice(forms)()


def bystander_quote(s: Scene) -> str:
    """A speaker who is not in people.yaml, as real articles quote residents and officials."""
    oq, cq = _quotes(s)
    s.last_speaker = None
    who = s.pick(["a resident of", "a shopkeeper in", "a teacher in", "a council official in", "a nurse in"])
    return f"{oq}{quote_sentence(s)},{cq} said {s.pick(s.world.bystanders)}, {who} {s.place}."


def paragraph(s: Scene) -> str:
    r = s.rng
    kind = r.random()
    if kind < 0.35:
        parts = [direct_quote(s)] + ([fact(s)] if r.random() < 0.4 else [])
    elif kind < 0.6:
        parts = [reported(s), fact(s) if r.random() < 0.5 else reported(s)]
    elif kind < 0.68:
        parts = [bystander_quote(s)]
    else:
        parts = [fact(s) for _ in range(r.randrange(2, 4))]
    return " ".join(parts)


def figure_list(s: Scene) -> str:
    lines = [f"- {count_figure(s.rng)} {s.noun()}" for _ in range(s.rng.randrange(3, 6))]
    return "\n".join([f"The {s.body()}'s figures for {s.year}:", "", *lines])


# --- articles ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleFile:
    name: str
    text: str
    words: int


def _title(s: Scene, lead: Person) -> str:
    r = s.rng
    templates = [
        lambda: f"{s.place} asks for {money_figure(r)} for {s.purpose()}",
        lambda: f"{lead.surname} warns of {s.topic.keywords[0]} shortfall in {s.place}",
        lambda: f"{count_figure(r)} {s.noun()} at risk, says {lead.surname}",
        lambda: f"{s.topic.name}: {s.body()} promises {money_figure(r)} for {s.purpose()}",
        lambda: f"Row over {s.purpose()} deepens in {s.place}",
    ]
    return r.choice(templates)()


def _word_target(rng: random.Random) -> int:
    """Log-normal lengths with mean MEAN_WORDS: mostly 400-1100 words, a few long features."""
    sigma = 0.45
    return min(3500, max(150, int(rng.lognormvariate(math.log(MEAN_WORDS) - sigma * sigma / 2, sigma))))


def _body(s: Scene, target: int) -> str:
    paragraphs = [f"{fact(s)} {reported(s)}", direct_quote(s)]  # every article quotes someone directly
    words = sum(len(p.split()) for p in paragraphs)
    while words < target:
        roll = s.rng.random()
        if roll < 0.03 and len(paragraphs) > 3:
            block = f"## {s.pick(['Background', 'Reaction', 'What happens next', 'The numbers'])}"
        elif roll < 0.06:
            block = figure_list(s)
        else:
            block = paragraph(s)
        paragraphs.append(block)
        words += len(block.split())
    return "\n\n".join(paragraphs) + "\n"


def _yaml_list(items: list[str]) -> str:
    return "[" + ", ".join(items) + "]"


def make_article(rng: random.Random, world: World, index: int) -> ArticleFile:
    day = START + timedelta(days=rng.randrange(DAYS))
    topics = _pick_distinct(rng, world.topics, None, rng.randrange(1, 4))
    cast = _pick_distinct(rng, world.people, world.people_weights, rng.randrange(2, 6))
    outlet, domain = rng.choice(OUTLETS)
    scene = Scene(rng, world, topics[0], rng.choice(world.places), day.year, cast, outlet)
    title = _title(scene, cast[0])
    summary = f"{cast[0].name} and others on {scene.purpose()} in {scene.place}."
    body = _body(scene, _word_target(rng))
    slug = f"{slugify(title)[:60].rstrip('-')}-{index}"
    front = [
        "---",
        f"title: {json.dumps(title)}",
        f"date: {day.isoformat()}",
        f"source: {json.dumps(outlet)}",
        f"source_url: https://{domain}.example.org/{day.year}/{day.month:02d}/{slug}",
        f"author: {json.dumps(rng.choice(world.reporters))}",
        f"topics: {_yaml_list([t.id for t in topics])}",
        f"people: {_yaml_list([p.id for p in cast])}",
        f"summary: {json.dumps(summary)}",
        "---",
    ]
    return ArticleFile(f"{day.isoformat()}-{slug}.md", "\n".join(front) + "\n" + body, len(body.split()))


def _pick_distinct(rng: random.Random, items: list, weights: list[float] | None, count: int) -> list:  # type: ignore[type-arg]
    chosen: list = []  # type: ignore[type-arg]
    while len(chosen) < min(count, len(items)):
        item = rng.choices(items, weights)[0] if weights else rng.choice(items)
        if item not in chosen:
            chosen.append(item)
    return chosen


# --- people.yaml, topics.yaml, sitegen.toml ----------------------------------------------------------


def people_yaml(world: World) -> str:
    lines = ["# Invented people for the benchmark corpus (benchmarks/corpus.py); none is a real person."]
    for p in world.people:
        role = json.dumps(p.role)
        roles = f"[{{title: {role}, from: {p.since.isoformat()}}}]" if p.since else f"[{role}]"
        lines += [
            f"- id: {p.id}",
            f"  name: {json.dumps(p.name)}",
            f"  aliases: [{json.dumps(p.surname)}, {json.dumps(p.honorific)}]",
            f"  roles: {roles}",
            f"  description: {json.dumps(f'Invented for the benchmark corpus: {p.role}.')}",
        ]
    return "\n".join(lines) + "\n"


def topics_yaml(world: World) -> str:
    lines = ["# Topics of the benchmark corpus (benchmarks/corpus.py)."]
    for t in world.topics:
        lines += [
            f"- id: {t.id}",
            f"  name: {t.name}",
            f"  description: {json.dumps(t.name + ': ' + ', '.join(t.purposes) + '.')}",
            f"  keywords: {_yaml_list(t.keywords)}",
        ]
    return "\n".join(lines) + "\n"


SITEGEN_TOML = """\
# Benchmark corpus written by benchmarks/corpus.py (seed {seed}, {articles} articles).
title = "Benchmark News"
description = "Synthetic news articles for build benchmarks; every person and place is invented."
base_url = "/"
language = "en"
"""


@dataclass(frozen=True)
class CorpusStats:
    articles: int
    words: int
    people: int
    topics: int


def write_corpus(out_dir: Path, articles: int, seed: int = 1, people: int = 300) -> CorpusStats:
    """Write the site into ``out_dir`` (created; must not already hold articles) and return its size."""
    content = out_dir / "content"
    folder = content / "articles"
    if folder.is_dir() and any(folder.iterdir()):
        raise FileExistsError(f"{folder} already holds files; write the corpus into an empty folder")
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    world = make_world(rng, people)
    words = 0
    for index in range(articles):
        article = make_article(rng, world, index)
        (folder / article.name).write_text(article.text, encoding="utf-8", newline="\n")
        words += article.words
    (content / "people.yaml").write_text(people_yaml(world), encoding="utf-8", newline="\n")
    (content / "topics.yaml").write_text(topics_yaml(world), encoding="utf-8", newline="\n")
    toml = SITEGEN_TOML.format(seed=seed, articles=articles)
    (out_dir / "sitegen.toml").write_text(toml, encoding="utf-8", newline="\n")
    return CorpusStats(articles, words, len(world.people), len(world.topics))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a deterministic synthetic news site for benchmarks.")
    parser.add_argument("out_dir", type=Path, help="site folder to create (its content/articles must be empty)")
    parser.add_argument("--articles", type=int, required=True, help="number of articles")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1); same seed, same bytes")
    parser.add_argument("--people", type=int, default=300, help="people in people.yaml (default 300)")
    args = parser.parse_args(argv)
    try:
        stats = write_corpus(args.out_dir, args.articles, args.seed, args.people)
    except FileExistsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    mean = stats.words // max(1, stats.articles)
    print(f"{stats.articles} articles ({stats.words:,} words, mean {mean}), {stats.people} people, "
          f"{stats.topics} topics in {args.out_dir}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
