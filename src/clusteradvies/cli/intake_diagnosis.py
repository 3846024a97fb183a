"""The diagnosis at the end of an intake, ready the moment the last answer is in.

While the respondent reads the summary, the answers are final unless they change one, so the
diagnosis is worked out and rendered then, in a thread: the main thread is waiting for the
terminal, so the two do not compete. When the summary is confirmed, the prepared text is
printed if it was made from exactly the project being saved; otherwise (an answer, the name
or the role changed, or the preparation failed) it is made again, in the ordinary way, with
its errors reported as any command reports them. Either way the text is exactly what
``advise`` prints for the saved file.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from clusteradvies.cli import common

if TYPE_CHECKING:
    from clusteradvies.knowledge.base import KnowledgeBase
    from clusteradvies.project.model import Project


class PreparedDiagnosis:
    """The rendered diagnosis of the last project it was given, made in the background."""

    def __init__(self, kb: KnowledgeBase, lang: str, top: int) -> None:
        self.kb, self.lang, self.top = kb, lang, top
        self._lock = threading.Lock()
        self._made: tuple[Project, str] | None = None
        self._thread: threading.Thread | None = None

    def prepare(self, project: Project) -> None:
        """Start rendering this project's diagnosis (an earlier one still running finishes
        first; only the latest is kept)."""
        previous = self._thread

        def work() -> None:
            if previous is not None:
                previous.join()
            try:
                text = render(self.kb, project, self.lang, self.top)
            except Exception:  # made again, in the foreground, where errors are reported
                return
            with self._lock:
                self._made = (project, text)

        self._thread = threading.Thread(target=work, name="diagnosis", daemon=True)
        self._thread.start()

    def text_for(self, project: Project) -> str:
        """The diagnosis of ``project``: the prepared one if it is of this very project."""
        if self._thread is not None:
            self._thread.join()
        with self._lock:
            made = self._made
        if made is not None and made[0] == project:
            return made[1]
        return common.run(lambda: render(self.kb, project, self.lang, self.top))


def render(kb: KnowledgeBase, project: Project, lang: str, top: int) -> str:
    """The diagnosis as ``advise`` prints it in a terminal."""
    from clusteradvies.diagnosis.advisor import Advisor
    from clusteradvies.render.formats import AdviseFormatName, RenderOptions
    from clusteradvies.render.renderers import diagnosis_format

    diagnosis = Advisor(kb).diagnose(project)
    renderer = diagnosis_format(
        AdviseFormatName.text, kb, RenderOptions(lang, top), common.console()
    )
    return renderer.render(diagnosis)
