"""Combine several partners' answer files into one shared diagnosis (``clusteradvies combine``).

Each partner answers the intake for the same collaboration. The combined project takes, per
question, one shared answer from the partners who know — a "weet niet" is no vote; where
others did know, it is reported as a gap in shared knowledge — by the question's type:

* a question with a safer end (``safer:`` — ordered choices, yes/no, numbers): the riskier
  answer. A collaboration is as ready as its most worried partner thinks: one partner with
  little trust means a trust problem, whatever the others feel;
* a choice or yes/no without a safer end (goal, stage, subsidy): the most common answer; a
  tie gives "weet niet", because picking one side would hide the disagreement;
* several choices (multi): the choices named by more than half of those who know (with two
  partners: by both); when none is, "weet niet";
* a whole number: the median; with an even count the riskier of the two middle values where
  the question has a safer end, else the lower;
* everyone who knows says the same: that answer.

The combined project's name is the partners' most common one (a tie: the first file's), its
language the first file's, its role the most common role (a tie: deelnemer before coordinator
before overheid, so the order of the files never changes the diagnosis).
"""

from __future__ import annotations

import operator
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from clusteradvies.combine.disagreements import find_disagreements, is_known, rank
from clusteradvies.combine.model import (
    Agreement,
    Combination,
    FactorAgreement,
    Partner,
    QuestionAgreement,
    Rule,
)
from clusteradvies.diagnosis.advisor import Advisor
from clusteradvies.diagnosis.model import Diagnosis, FactorResult
from clusteradvies.errors import UsageError
from clusteradvies.knowledge.conditions import NOT_ASKED, UNKNOWN
from clusteradvies.knowledge.models import ROLES, Question
from clusteradvies.printable import printable
from clusteradvies.project.model import Project
from clusteradvies.project.questionnaire import UNKNOWN_WORD, resolve
from clusteradvies.project.safety import risk

MIN_PARTNERS = 2


def partner_labels(paths: Sequence[Path]) -> list[str]:
    """Each file's stem; where stems clash, the path as given, so every label is unique.
    A label is shown everywhere, so a control character in a file name is shown escaped."""
    stems = [path.stem for path in paths]
    labels = [path.stem if stems.count(path.stem) == 1 else str(path) for path in paths]
    return [printable(label, newlines=True) for label in labels]


def combine(advisor: Advisor, partners: Sequence[Partner]) -> Combination:
    """The shared diagnosis of several partners' projects, with where they agree and differ."""
    if len(partners) < MIN_PARTNERS:
        raise UsageError(
            f"combine needs the answer files of {MIN_PARTNERS} or more partners; "
            f"got {len(partners)}"
        )
    kb = advisor.kb
    labels = tuple(p.label for p in partners)
    resolved = [resolve(kb, p.project.answers, p.project.role) for p in partners]
    taken: dict[str, tuple[tuple[Any, ...], Any, Rule]] = {}
    for question_id in kb.question_order:
        answers = tuple(r[question_id] for r in resolved)
        value, rule = shared_answer(kb.questions[question_id], [a for a in answers if is_known(a)])
        taken[question_id] = (answers, value, rule)
    project = _combined_project(partners, {q: v for q, (_, v, r) in taken.items() if r != "nobody"})
    diagnosis = advisor.diagnose(project)
    # A partner's answer to a question that does not apply to the combination (its ``when``
    # is false for the shared answers) was ignored; leave it out of the combined project too.
    applying = {q: v for q, v in project.answers.items() if diagnosis.answers[q] != NOT_ASKED}
    project = project.model_copy(update={"answers": applying})
    partner_diagnoses = tuple(advisor.diagnose(p.project) for p in partners)
    questions = tuple(
        QuestionAgreement(
            question=question_id,
            answers=answers,
            shared=diagnosis.answers[question_id],
            rule=rule,
            agreement=_agreement(kb.questions[question_id], answers),
            unknown_to=_unknown_to(labels, answers),
        )
        for question_id, (answers, _, rule) in taken.items()
    )
    factors = tuple(_factor_agreement(f, partner_diagnoses) for f in diagnosis.factors)
    return Combination(
        partners=tuple(partners),
        project=project,
        diagnosis=diagnosis,
        partner_diagnoses=partner_diagnoses,
        questions=questions,
        factors=factors,
        disagreements=rank(find_disagreements(kb, labels, questions, partner_diagnoses)),
    )


def shared_answer(question: Question, known: Sequence[Any]) -> tuple[Any, Rule]:
    """The collaboration's answer from the answers of those who know, and the rule that gave
    it (the module docstring explains each rule)."""
    if not known:
        return UNKNOWN, "nobody"
    if all(same_answer(question, known[0], v) for v in known):
        return known[0], "same"
    if question.type == "integer":
        return _median(question, known), "median"
    if question.type == "multi":
        named = Counter(choice for answer in known for choice in answer)
        majority = [c.id for c in question.choices if named[c.id] * 2 > len(known)]
        return (majority, "majority_choices") if majority else (UNKNOWN, "no_majority")
    if question.safer is not None:
        return max(known, key=lambda v: risk(question, v)), "riskiest"
    (first, top), *rest = Counter(known).most_common()
    if rest and rest[0][1] == top:
        return UNKNOWN, "tie"
    return first, "majority"


def same_answer(question: Question, a: Any, b: Any) -> bool:
    """Equal answers; several choices are equal whatever order they were named in."""
    if question.type == "multi":
        return set(a) == set(b)
    return bool(a == b)


def _median(question: Question, known: Sequence[Any]) -> int:
    values = sorted(int(v) for v in known)
    middle = len(values) // 2
    if len(values) % 2:
        return values[middle]
    low, high = values[middle - 1], values[middle]
    if question.safer is None:
        return low
    return max(low, high, key=lambda v: risk(question, v))


def _agreement(question: Question, answers: Sequence[Any]) -> Agreement:
    known = [a for a in answers if is_known(a)]
    return _count_agreement(known, lambda a, b: same_answer(question, a, b))


def _factor_agreement(factor: FactorResult, partners: Sequence[Diagnosis]) -> FactorAgreement:
    statuses = tuple(d.factor(factor.id).status for d in partners)
    assessed = [s for s in statuses if s != "unknown"]
    return FactorAgreement(
        factor.id, statuses, factor.status, _count_agreement(assessed, operator.eq)
    )


def _count_agreement(known: Sequence[Any], equal: Callable[[Any, Any], bool]) -> Agreement:
    if not known:
        return "nobody"
    if len(known) == 1:
        return "single"
    return "agree" if all(equal(known[0], k) for k in known) else "differ"


def _unknown_to(labels: Sequence[str], answers: Sequence[Any]) -> tuple[str, ...]:
    if not any(is_known(a) for a in answers):
        return ()
    return tuple(label for label, a in zip(labels, answers, strict=True) if a == UNKNOWN)


def _combined_project(partners: Sequence[Partner], answers: dict[str, Any]) -> Project:
    names = Counter(p.project.name for p in partners)
    roles: Counter[str] = Counter(p.project.role for p in partners)
    role = max(ROLES, key=lambda r: (roles[r], -ROLES.index(r)))
    return Project.model_validate(
        {
            "name": names.most_common(1)[0][0],
            "role": role,
            "language": partners[0].project.language,
            "answers": {q: UNKNOWN_WORD if v == UNKNOWN else v for q, v in answers.items()},
        }
    )
