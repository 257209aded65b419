"""Offline from the team server and back: a copy to a laptop file, edits on both sides, the
laptop merged back into the server workspace (and the same on a file workspace)."""

from __future__ import annotations

import pytest

from synergy_desktop.domain.focal_points import FocalPointInput, Person
from synergy_desktop.services.context import WorkspaceContext

pytestmark = pytest.mark.both_backends


def test_a_laptop_copy_merges_back_into_the_workspace(workspace_url, framework, tmp_path):
    server = WorkspaceContext.open(workspace_url, framework, create=True)
    try:
        info = server.assessments.create("National round")
        server.assessments.save_answer(info.id, "A1", {"rating": 2}, author="Amina")
        laptop_file = server.save_copy(tmp_path / "laptop.synergy")
        laptop = WorkspaceContext.open(laptop_file, framework)
        try:  # offline: the Ramsar authority answers on the laptop
            laptop.assessments.save_answer(info.id, "B2", {"gaps": "No Ramsar input"}, author="Li")
            laptop.focal_points.add(
                FocalPointInput("RAMSAR", "aa", Person(last_name="Okafor", institution="Parks"))
            )
        finally:
            laptop.close()
        # meanwhile on the server, another field
        server.assessments.save_answer(info.id, "A1", {"evidence": "Register kept"}, author="Amina")
        preview = server.preview_merge(laptop_file)
        assert preview.conflicts == []
        server.apply_merge(preview, author="Amina")
        assert server.assessments.answer(info.id, "B2").gaps == "No Ramsar input"
        assert server.assessments.answer(info.id, "A1").evidence == "Register kept"
        assert server.assessments.answer(info.id, "A1").rating.value == "2"
        assert [e.person.last_name for e in server.focal_points.entries()] == ["Okafor"]
        again = server.preview_merge(laptop_file)
        assert again.changes == [] and again.conflicts == []  # merging twice changes nothing
    finally:
        server.close()
