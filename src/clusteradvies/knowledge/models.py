"""Typed, frozen models of every kind of knowledge entry.

Every model forbids unknown keys, so a misspelt key is an error with a location rather than a
silently ignored line. Cross-references (a rule naming a factor, say) are resolved by the
loader, which knows every id.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from clusteradvies.knowledge.conditions import NOT_PREFIX, PARTLY, Condition, Scalar

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+([._-][a-z0-9]+)*$")]
"""Lower-case words joined by ``.``, ``-`` or ``_``."""
QuestionId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
"""snake_case: question ids become field names of one engine fact."""

Polarity = Literal["success", "failure"]
Effect = Literal["strength", "concern"]
AppliesTo = Literal["collaboration", "government", "programme", "both"]
QuestionType = Literal["yesno", "choice", "multi", "integer"]
Outcome = Literal["geslaagd", "deels", "gestopt", "lopend"]
Role = Literal["deelnemer", "coordinator", "overheid", "programma"]
Basis = Literal["report", "inference"]

ROLES: tuple[str, ...] = ("deelnemer", "coordinator", "overheid", "programma")
"""Who answers: a participant, the collaboration's coordinator, a government body, or whoever
runs a programme of collaborations (a trade organisation or programme office)."""

AUDIENCE: dict[str, frozenset[str]] = {
    "collaboration": frozenset(ROLES),
    "both": frozenset(ROLES),
    "government": frozenset({"overheid"}),
    "programme": frozenset({"overheid", "programma"}),
}
"""The roles that see advice of each ``applies_to``: the report addresses its programme design
(Box 0, 2.4/Box 3, 3.7) to whoever runs a programme, its market-failure test to government."""


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)


class Text(Model):
    """The same text in Dutch and English, each in our own words."""

    nl: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.nl


class Section(Model):
    """A section of the report that entries cite, e.g. ``3.2.2`` or ``0/vertrouwen``."""

    id: str
    title: Text
    summary: Text | None = None
    """What the section says, in a few sentences of our own: the background (definitions,
    motives, what the evidence shows) that explains the advice and the classifications, shown
    by ``kb show``."""


class Category(Model):
    """A report category that factors and advice are grouped into (chapter 0's six, and more)."""

    id: Id
    name: Text
    description: Text
    shown_when: Condition | None = None
    """Shown in the profile only when this holds (e.g. the government's role: for government
    respondents, or where a subsidy is involved); always when absent."""
    gap_hint: Text | None = None
    """How to find out an unknown answer in this category (shown with information gaps)."""


class Stage(Model):
    """A stage of a collaboration; advice that matters in an earlier stage ranks higher."""

    id: Id
    name: Text
    timing: float = Field(ge=0.5, le=2.0)
    """The priority multiplier of advice in this stage: mistakes made early cost more later."""


class FactDef(Model):
    """A fact that rules may derive from answers, with the values it can take."""

    id: Id
    description: Text
    values: list[Scalar] = Field(min_length=1)


class Factor(Model):
    """A success or failure factor of cooperation."""

    id: Id
    category: Id
    polarity: Polarity
    name: Text
    description: Text
    concern: Text
    """How the factor reads when it is a concern ("Er ontbreken nog partijen aan tafel"): lists
    of concerns use this, never the factor's name, which names what goes well."""
    sources: list[str] = Field(min_length=1)


class Advice(Model):
    """A recommendation the tool can give."""

    id: Id
    category: Id
    text: Text
    detail: Text | None = None
    applies_to: AppliesTo = "collaboration"
    """Whom the report addresses: the collaboration, government only, whoever runs a programme
    (government, trade organisation, programme office), or both (see ``AUDIENCE``)."""
    weight: int = Field(default=2, ge=1, le=3)
    """How much the report stresses it: 1 a side remark, 3 a main recommendation."""
    stage: Id
    """When it matters (a ``stages`` id): earlier stages rank higher."""
    theme: Id | None = None
    """Advice sharing a theme is shown together instead of repeated."""
    addresses: list[Id] = Field(default_factory=list)
    in_place: Condition | None = None
    """When this holds, the answers show the advice is already followed: it is not recommended
    (a project that has its pitfalls on paper is not told to write them down)."""
    sources: list[str] = Field(min_length=1)
    basis: Basis = "report"
    """``inference`` where the recommendation is the tool's own conclusion from what the cited
    sections say rather than the report's own advice; its detail then says so in words."""


class Choice(Model):
    id: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(_[a-z0-9]+)*$")]
    label: Text


class SharedView(Model):
    """A question partners must see alike: when their answers differ, ``combine`` reports the
    difference itself as a finding, ranked with the advice (0/vertrouwen: parties must know
    what they have in each other)."""

    advice: Text
    """What to do when partners differ on this question."""
    choices: list[str] = Field(default_factory=list)
    """For a multi question, the choices whose naming matters (empty: the whole answer)."""
    weight: int = Field(default=2, ge=1, le=3)
    """How much the report stresses agreeing on it, on the scale of ``Advice.weight``."""
    sources: list[str] = Field(min_length=1)


class MultiSafer(Model):
    """The extremes of a multi-choice answer: the safest and the riskiest set of choices."""

    safest: list[str] = Field(min_length=1)
    riskiest: list[str] = Field(min_length=1)


Safer = Literal["first", "last", "higher", "lower"] | list[str] | MultiSafer
"""Which answer is safer: an end of the choices (``first``/``last``) or of the range
(``higher``/``lower``), every choice from safest to riskiest, or a multi question's extremes."""


class Question(Model):
    """A question of the intake; its answers feed the rules."""

    id: QuestionId
    category: Id
    type: QuestionType
    prompt: Text
    help: Text
    """Why the question is asked, shown on ``?``."""
    choices: list[Choice] = Field(default_factory=list)
    min: int | None = None
    max: int | None = None
    default: Scalar | None = None
    when: Condition | None = None
    informs: list[Id] = Field(default_factory=list)
    safer: Safer | None = None
    """Which answer is safer, where one is: the readiness range sets unknown answers to the
    extremes, what-if moves answers one step towards the safer end."""
    changeable: bool = False
    """Whether the collaboration can change this answer itself (an agreement, a plan, a leader),
    as opposed to a given (firm size, sector): what-if only tries these."""
    shared_view: SharedView | None = None
    """Set where partners who see this differently have something to settle first."""
    sources: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _shape(self) -> Question:
        if self.type in ("choice", "multi") and len(self.choices) < 2:
            raise ValueError(f"a {self.type} question needs at least two choices")
        if self.type in ("yesno", "integer") and self.choices:
            raise ValueError(f"a {self.type} question has no choices")
        if self.type == "multi":
            reserved = [c.id for c in self.choices if c.id == PARTLY or c.id.startswith(NOT_PREFIX)]
            if reserved:
                raise ValueError(
                    f"choice '{reserved[0]}': in a multi question {PARTLY} and {NOT_PREFIX}… "
                    "mark partial knowledge"
                )
        if self.type == "integer":
            if self.min is None or self.max is None or self.min > self.max:
                raise ValueError("an integer question needs min <= max")
        elif self.min is not None or self.max is not None:
            raise ValueError("only integer questions have min and max")
        self._check_safer()
        if self.shared_view is not None and self.shared_view.choices:
            if self.type != "multi":
                raise ValueError("only a multi question's shared_view names choices")
            unknown = set(self.shared_view.choices) - {c.id for c in self.choices}
            if unknown:
                raise ValueError(f"shared_view names unknown choices: {', '.join(sorted(unknown))}")
        return self

    def _check_safer(self) -> None:
        safer, ids = self.safer, [c.id for c in self.choices]
        if safer is None:
            return
        if isinstance(safer, MultiSafer):
            if self.type != "multi":
                raise ValueError("only a multi question's safer names safest and riskiest")
            unknown = set(safer.safest + safer.riskiest) - set(ids)
            if unknown:
                raise ValueError(f"safer names unknown choices: {', '.join(sorted(unknown))}")
        elif isinstance(safer, list):
            if self.type != "choice":
                raise ValueError("only a choice question's safer lists its choices")
            if sorted(safer) != sorted(ids) or len(set(safer)) != len(safer):
                raise ValueError(f"safer must list every choice once: {', '.join(ids)}")
        elif safer in ("first", "last") and self.type != "choice":
            raise ValueError(f"safer: {safer} is for choice questions; use higher or lower")
        elif safer in ("higher", "lower") and self.type not in ("yesno", "integer"):
            raise ValueError(f"safer: {safer} is for yes/no and integer questions")


class Derivation(Model):
    fact: Id
    value: Scalar = True


class Assessment(Model):
    factor: Id
    effect: Effect
    weight: int = Field(default=2, ge=1, le=3)


class Rule(Model):
    """If ``when`` holds: derive facts, assess factors, recommend advice — and say why."""

    id: Id
    when: Condition
    derive: list[Derivation] = Field(default_factory=list)
    assess: list[Assessment] = Field(default_factory=list)
    recommend: list[Id] = Field(default_factory=list)
    rationale: Text
    sources: list[str] = Field(min_length=1)
    about_unknown: bool = False
    """A rule that fires on what is *not* known: its advice is to find out, its wording says
    "if…", and its advice ranks below advice resting on known answers (KB017 keeps this honest)."""

    @model_validator(mode="after")
    def _concludes(self) -> Rule:
        if not (self.derive or self.assess or self.recommend):
            raise ValueError("a rule needs at least one of derive, assess or recommend")
        return self


class Lesson(Model):
    text: Text
    advice: list[Id] = Field(default_factory=list)
    factors: list[Id] = Field(default_factory=list)


class Case(Model):
    """One of the report's case studies and the lessons it draws from it."""

    id: Id
    name: str
    section: str
    summary: Text
    outcome: Outcome
    profile: dict[str, Scalar] = Field(default_factory=dict)
    """Derived facts that describe the case, for finding similar projects."""
    lessons: list[Lesson] = Field(min_length=1)


class KnowledgeFile(Model):
    """One YAML file of the knowledge directory: any mix of kinds, each a list."""

    sections: list[Section] = Field(default_factory=list)
    categories: list[Category] = Field(default_factory=list)
    stages: list[Stage] = Field(default_factory=list)
    facts: list[FactDef] = Field(default_factory=list)
    factors: list[Factor] = Field(default_factory=list)
    advice: list[Advice] = Field(default_factory=list)
    questions: list[Question] = Field(default_factory=list)
    rules: list[Rule] = Field(default_factory=list)
    cases: list[Case] = Field(default_factory=list)


KINDS: tuple[str, ...] = tuple(KnowledgeFile.model_fields)
"""The kinds of entry, in the order files list them."""
