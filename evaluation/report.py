"""The evaluation's figures as text for people and as JSON for tools. Nothing here prints."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from evaluation.metrics import RECALL_TARGET, TOP, ProjectScore, summarise


def as_text(scores: Sequence[ProjectScore]) -> str:
    """A table, one row per project with what went wrong under it, then the overall figures."""
    width = max([len("project"), *(len(s.stem) for s in scores)])
    lines = [
        f"{'project':<{width}} {'recall@' + str(TOP):>9} {'must-not':>9} {'flagged':>8}  band",
    ]
    for s in scores:
        expected = len(s.found) + len(s.missed)
        band = f"{s.band_expected} -> {s.band_given or '-'}" + ("" if s.band_agrees else "  (x)")
        lines.append(
            f"{s.stem:<{width}} {f'{len(s.found)}/{expected}':>9} "
            f"{f'{len(s.wrong)}/{s.items}':>9} {len(s.flagged):>8}  {band}"
        )
        if s.missed:
            lines.append(f"    missed:   {', '.join(s.missed)}")
        if s.wrong:
            lines.append(f"    must-not: {', '.join(s.wrong)}")
        if s.flagged:
            lines.append(f"    flagged:  {', '.join(s.flagged)}")
    total = summarise(scores)
    lines += [
        "",
        f"recall@{TOP}: {total.recall:.0%} ({total.found} of {total.expected}; "
        f"target >= {RECALL_TARGET:.0%})",
        f"must-not advice in the top {TOP}: {total.wrong} of {total.items} items "
        f"({total.wrong_share:.1%}; target 0)",
        f"annotated strengths flagged as concerns: {total.flagged} (target 0)",
        f"band agreement: {total.bands_agreeing} of {total.projects} ({total.band_agreement:.0%});"
        f" annotated band within the range: {total.bands_within} of {total.projects}",
    ]
    return "\n".join(lines)


def as_json(scores: Sequence[ProjectScore]) -> dict[str, Any]:
    """Every figure, per project and overall, with the targets."""
    total = summarise(scores)
    return {
        "top": TOP,
        "targets": {"recall": RECALL_TARGET, "must_not_in_top": 0, "flagged_concerns": 0},
        "overall": {
            "projects": total.projects,
            "recall": round(total.recall, 4),
            "found": total.found,
            "expected": total.expected,
            "top_items": total.items,
            "must_not_in_top": total.wrong,
            "must_not_share": round(total.wrong_share, 4),
            "flagged_concerns": total.flagged,
            "bands_agreeing": total.bands_agreeing,
            "bands_within": total.bands_within,
            "band_agreement": round(total.band_agreement, 4),
        },
        "projects": [
            {
                "project": s.stem,
                "recall": round(s.recall, 4),
                "found": list(s.found),
                "missed": list(s.missed),
                "top_items": s.items,
                "must_not_in_top": list(s.wrong),
                "flagged_concerns": list(s.flagged),
                "band": {
                    "expected": s.band_expected,
                    "given": s.band_given,
                    "agrees": s.band_agrees,
                },
            }
            for s in scores
        ],
    }
