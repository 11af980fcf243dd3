"""Word lists the source and attribution rules share (closed classes, titles, organisation heads)."""

from __future__ import annotations

PRONOUNS = frozenset("he she they i we you it who".split())
"""Pronouns accepted as a source as written; they are resolved to a speaker later."""

QUANTIFIER_SOURCES = frozenset(
    "many some others most several few both all critics another everyone everybody nobody anyone".split()
)

DETERMINERS = frozenset(
    "the a an his her their its our my your this these those some many most several few all both each every "
    "other another no any two three four five six seven eight nine ten dozens hundreds thousands one".split()
)

NOT_IN_NP = frozenset(
    "is was are were be been being has have had do does did will would can could should may might must not "
    "n't to if than because when while though although whether so such there here what how why also then "
    "just only even very said says say told tells asked wrote added noted claimed stated argued believes "
    "think thinks believe however that which whose whom where and or but as after before since until".split()
)
"""Words that never occur inside a subject noun phrase, so their presence means the span is not one.

"and" is allowed only between capitalised names (handled by the caller)."""

TITLES = frozenset(
    "mr mr. mrs mrs. ms ms. dr dr. prof prof. sen sen. rep rep. gov gov. gen gen. lt lt. col col. sgt sgt. "
    "shri smt smt. sri hon hon. rev rev. st. sir dame lord lady president senator governor minister secretary "
    "chairman chairwoman chair head speaker leader chief director mayor judge justice general spokesman spokeswoman "
    "spokesperson representative congressman congresswoman councillor councilman commissioner ambassador "
    "attorney prosecutor sheriff officer adviser advisor aide premier chancellor king queen prince princess "
    "pope bishop cardinal member mp mla mps vice deputy former acting prime foreign external home finance "
    "defence defense affairs state interior chief executive ceo founder candidate nominee front-runner "
    "frontrunner parliament of the for and majority minority whip house senate union cabinet party "
    "democratic republican democrat gop lawmaker professor coach manager analyst economist host anchor "
    "editor columnist reporter correspondent strategist pollster activist businessman businesswoman "
    "counsel supervisor clerk recorder treasurer auditor comptroller superintendent inspector administrator "
    "provost pastor rabbi archbishop imam reverend moderator co-moderator comedian actor actress journalist "
    "billionaire assemblyman assemblywoman councilwoman".split()
)
"""Words of a role, to split "External Affairs Minister S. Jaishankar" into role and name."""

HONORIFICS = {
    "mr": "m",
    "mr.": "m",
    "shri": "m",
    "sri": "m",
    "sir": "m",
    "lord": "m",
    "king": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "smt": "f",
    "smt.": "f",
    "dame": "f",
    "lady": "f",
    "queen": "f",
    "congresswoman": "f",
    "chairwoman": "f",
    "spokeswoman": "f",
    "businesswoman": "f",
    "congressman": "m",
    "spokesman": "m",
    "chairman": "m",
    "businessman": "m",
}

ORG_HEADS = frozenset(
    "ministry department government campaign committee party company agency office administration police court "
    "newspaper network paper outlet website group groups organization organizations organisation organisations "
    "union unions council commission firm firms board "
    "bank university embassy poll polls survey surveys report reports study studies data analysis institute "
    "foundation association center centre corporation corp inc co ltd times post news journal tribune herald "
    "guardian telegraph express reuters ap afp cnn bbc nbc abc cbs msnbc fox politico breitbart axios bloomberg "
    "house senate congress pentagon kremlin centre army navy military coalition alliance federation league "
    "council secretariat bureau service services fbi cia nsa gop dnc rnc whitehouse statement letter memo "
    "spokesperson's cabinet parliament assembly legislature tribunal commission unit team club channel "
    "magazine site blog station agency's authorities authority".split()
)
"""Head nouns of sources that are organisations (or documents) rather than people."""

ANONYMOUS_HEADS = frozenset(
    "official officials source sources spokesman spokeswoman spokesperson aide aides adviser advisers advisor "
    "advisors critic critics expert experts analyst analysts observer observers people person residents resident "
    "voters voter supporters supporter opponents opponent members member staffers staffer insiders insider "
    "lawmakers lawmaker diplomats diplomat economists economist strategists strategist activists activist "
    "leaders leader protesters protester democrats republicans conservatives liberals progressives witnesses "
    "witness someone somebody many some others most several few both all individuals man woman men women "
    "delegates delegate donors donor operatives operative allies ally officers officer employees employee "
    "scientists researchers doctors historians scholars commentators pundits readers viewers users students "
    "teachers workers parents friends relatives neighbors neighbours colleagues associates veterans americans "
    "candidates millennials families citizens latinos hispanics muslims evangelicals judges justices fans".split()
)
"""Head nouns of unnamed sources: "a spokesman", "officials", "senior aides"."""

CLAUSE_WORDS = frozenset(
    "and but while as because since although though when after before if so that where whereas until unless "
    "or nor then which who whom whose yet once why how what whether".split()
)
"""Words that open a new clause: a subject noun phrase starts after the last of them."""

EXTRA_START = frozenset(
    "in at on during to after before while when as from with via through yesterday today tonight last this "
    "earlier later recently afterward afterwards monday tuesday wednesday thursday friday saturday sunday about "
    "of outside inside following over by under amid then again too also previously repeatedly privately "
    "publicly now once here there late early this week month year aboard onstage backstage shortly "
    "flatly simply quietly bluntly firmly".split()
)
"""Words that open a phrase adding when, where or how something was said (not what)."""

ADDRESSEE_WORDS = frozenset(
    "reporters journalists supporters voters lawmakers members students crowds crowd audience viewers "
    "listeners followers delegates donors parliament congress colleagues friends him her them me us you "
    "interviewers".split()
)

DOCUMENT_HEADS = frozenset(
    "poll polls survey surveys study studies data analysis analyses research report reports video videos record "
    "records document documents email emails figures numbers results review audit investigation census count "
    "tally estimate estimates filing filings memo letter statistics forecast model models projections "
    "polling exit".split()
)
"""Head nouns of sources that are documents or data: what they "show" or "found" is a statement."""

CLAIM_NOUNS = frozenset(
    "claim claims statement concern concerns suggestion belief doubt doubts warning assertion fear fears complaint "
    "complaints hope hopes worry worries assumption insistence estimate estimates assurance assurances speculation "
    "admission allegation allegations rumor rumors rumour rumours contention argument prediction promise pledge "
    "vow threat accusation accusations charge conviction acknowledgment acknowledgement expectation".split()
)
"""Nouns whose "that"-clause is what somebody claims, fears or hopes ("his claim that …", "fears that …")."""

POSSESSIVES = frozenset("his her their its our my your".split())

POSITION_NOUNS = {
    "criticism": ("of",),
    "criticisms": ("of",),
    "support": ("for", "of"),
    "attack": ("on",),
    "attacks": ("on",),
    "opposition": ("to",),
    "endorsement": ("of",),
    "praise": ("for", "of"),
    "call": ("for",),
    "calls": ("for",),
    "questions": ("about",),
    "concerns": ("about", "over"),
    "concern": ("about", "over"),
    "doubts": ("about",),
    "view": ("of", "on"),
    "views": ("on", "of"),
    "position": ("on",),
    "stance": ("on",),
    "comments": ("about", "on"),
    "remarks": ("about", "on"),
    "defense": ("of",),
    "defence": ("of",),
    "rejection": ("of",),
    "embrace": ("of",),
    "proposal": ("to", "for"),
    "plan": ("to", "for"),
    "plans": ("to", "for"),
    "promise": ("to", "of"),
    "pledge": ("to",),
    "vow": ("to",),
    "push": ("for",),
    "demand": ("for",),
    "demands": ("for",),
    "warning": ("about", "of"),
    "warnings": ("about", "of"),
    "denunciation": ("of",),
    "condemnation": ("of",),
    "dismissal": ("of",),
    "assessment": ("of",),
    "description": ("of",),
    "characterization": ("of",),
    "portrayal": ("of",),
    "account": ("of",),
    "opinion": ("of", "on", "about"),
}
"""Nouns of a position held by their possessor, with the preposition that opens its object ("his criticism
of the levy", "Ruiz's support for the plan", "their calls for a recount")."""
