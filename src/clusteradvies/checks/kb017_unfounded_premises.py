"""A rule states only what the answers establish; a rule about what is unknown says so.

Three ways a rule can claim more than the answers support:

* it fires on a "weet niet" answer (``unknown: true``) without being marked
  ``about_unknown: true`` — such a rule's advice is to *find out*, its wording must say "if…",
  and it ranks below advice resting on known answers, so the mark is required;
* it is marked ``about_unknown`` but fires on known answers only — the mark would rank real
  advice down;
* it is not marked, yet can fire while the display condition (``when``) of a question it reads
  is undecided. Such a question is still asked ("how is the large firm's influence arranged?"
  while firm size is "weet niet"), so the rule would state the question's premise — "a large
  firm takes part" — as a fact. Test the premise in the rule itself.

``invloed_groot`` below is asked only when a large firm takes part, and firm size may be
unknown: the rule needs ``{answer: bedrijfsgrootte, equals: met_groot}`` as well — or, if it
is about the unknown, ``about_unknown: true`` and wording that says "if".

Failing example (the rule presumes a large firm)::

    questions:
      - id: invloed_groot
        when: {answer: bedrijfsgrootte, equals: met_groot}
        ...
    rules:
      - id: groot-bedrijf-overheerst
        when: {answer: invloed_groot, equals: niet_geregeld}
        ...
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from clusteradvies.checks.common.base import Issue, Level, issue_at
from clusteradvies.checks.common.premises import fires_while_undecided
from clusteradvies.errors import Problem
from clusteradvies.knowledge.base import KnowledgeBase
from clusteradvies.knowledge.conditions import AnswerTest, located_leaves

CODE = "KB017"
LEVEL: Level = "error"


def check(kb: KnowledgeBase, loader_problems: Sequence[Problem]) -> Iterator[Issue]:
    """Unmarked rules that fire on unknowns or on undecided premises; marked rules that don't."""
    for rule in kb.rules.values():
        on_unknown = [
            path
            for leaf, path in located_leaves(rule.when, "when")
            if isinstance(leaf, AnswerTest)
            and leaf.operator == "unknown"
            and leaf.unknown is True
            and path.count(".not") % 2 == 0
        ]
        if rule.about_unknown:
            if not on_unknown:
                message = (
                    f"rule '{rule.id}' is marked about_unknown but tests no unknown answer; "
                    "drop the mark"
                )
                yield issue_at(kb, "rules", rule.id, "about_unknown", message)
            continue
        if on_unknown:
            message = (
                f"rule '{rule.id}' fires on a 'weet niet' answer: mark it about_unknown: true "
                "and word it as something to find out"
            )
            yield issue_at(kb, "rules", rule.id, f"{on_unknown[0]}.unknown", message)
            continue
        reported: set[str] = set()
        for leaf, path in located_leaves(rule.when, "when"):
            if not isinstance(leaf, AnswerTest) or leaf.answer in reported:
                continue
            question = kb.questions.get(leaf.answer)
            if question is not None and fires_while_undecided(kb, rule, question):
                reported.add(leaf.answer)
                message = (
                    f"rule '{rule.id}' can fire while it is undecided whether question "
                    f"'{question.id}' applies: test its premise in the rule"
                )
                yield issue_at(kb, "rules", rule.id, f"{path}.{leaf.operator}", message)
