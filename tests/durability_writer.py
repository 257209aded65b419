"""The child process of test_durability: saves answers through the service the window uses and,
after each save returns, logs it (flushed and synced) so the test knows what was promised.

Usage: python durability_writer.py WORKSPACE ASSESSMENT_ID LOG LABEL
Save n of a run writes option n mod 29, evidence "LABEL n" and, every third save, rating n mod 5.
"""

from __future__ import annotations

import itertools
import os
import sys

from synergy_desktop.content.packs import load_default_pack
from synergy_desktop.services.assessments import AssessmentService
from synergy_desktop.storage.workspace import open_workspace


def change(options: list[str], label: str, n: int) -> tuple[str, dict[str, str]]:
    values = {"evidence": f"{label} {n}"}
    if n % 3 == 0:
        values["rating"] = str(n % 5)
    return options[n % len(options)], values


def main(workspace: str, assessment_id: int, log_path: str, label: str) -> None:
    framework = load_default_pack()
    options = [option.id for option in framework.options]
    service = AssessmentService(open_workspace(workspace), framework)
    with open(log_path, "a", encoding="utf-8") as log:
        for n in itertools.count():
            option, values = change(options, label, n)
            service.save_answer(assessment_id, option, values, author=label)
            log.write(f"{label}\t{n}\n")
            log.flush()
            os.fsync(log.fileno())


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4])
