"""A new workspace starts on today's calendar, with only the treaties the country is Party to."""

from __future__ import annotations

from datetime import date

import pytest

from synergy_desktop.content.targets import shipped_obligations
from synergy_desktop.domain.country import Country
from synergy_desktop.domain.focal_points import FocalPointInput, MechanismInput, Person
from synergy_desktop.domain.nbsap import Level, TargetInput
from synergy_desktop.domain.reporting import first_cycle
from synergy_desktop.services.coordination import CoordinationService
from synergy_desktop.services.country import save_country
from synergy_desktop.services.evidence import evidence_facts
from synergy_desktop.services.focal_points import FocalPointService
from synergy_desktop.services.nbsap import NbsapService
from synergy_desktop.services.reporting import ReportingService

DAYS = [
    date(2019, 3, 1),
    date(2024, 10, 1),
    date(2026, 2, 28),
    date(2026, 11, 1),
    date(2031, 12, 31),
    date(2040, 2, 29),
    date.today(),
]


@pytest.mark.parametrize("today", DAYS, ids=str)
def test_seeded_obligations_are_never_past_whatever_the_day(workspace, today):
    reporting = ReportingService(workspace)
    assert reporting.ensure_seeded(today=today)
    rows = reporting.obligations()
    dated = [o for o in rows if o.due_date is not None]
    assert dated and all(o.due_date >= today for o in dated)
    assert not any(o.is_overdue(today) for o in rows)
    by_key = {o.reference_key: o for o in rows}
    trade = by_key["cites-annual-trade"]  # recurs every year on 31 October
    assert (trade.due_date.month, trade.due_date.day) == (10, 31)
    next_october = date(today.year + (today > date(today.year, 10, 31)), 10, 31)
    shipped = {o.key: o for o in shipped_obligations()}
    assert trade.due_date == max(next_october, shipped["cites-annual-trade"].due_date)
    for key, item in shipped.items():
        if item.due_date is not None and item.due_date < today and not item.interval_months:
            assert key not in by_key  # a one-off deadline already past is not this team's next
        else:
            assert key in by_key
    assert not reporting.ensure_seeded(today=today)  # once


def test_first_cycle_keeps_month_ends():
    assert first_cycle(date(2024, 12, 31), 24, date(2027, 1, 1)) == date(2028, 12, 31)
    assert first_cycle(date(2024, 2, 29), 12, date(2025, 3, 1)) == date(2026, 2, 28)
    assert first_cycle(date(2024, 2, 29), 48, date(2025, 3, 1)) == date(2028, 2, 29)
    assert first_cycle(date(2026, 10, 31), 12, date(2026, 10, 31)) == date(2026, 10, 31)


def test_without_a_day_the_shipped_dates_are_copied_as_they_are(workspace):
    rows = {o.reference_key: o for o in ReportingService(workspace).obligations()}
    assert rows["cbd-nr7"].due_date == date(2026, 2, 28)  # the demo and older files need it


def test_instruments_the_country_is_not_party_to_drop_out(workspace):
    register = FocalPointService(workspace)
    reporting = ReportingService(workspace)
    nbsap = NbsapService(workspace)
    cites = register.add(
        FocalPointInput("CITES", "ma", Person(last_name="Park", institution="Forestry"))
    )
    register.add(FocalPointInput("CBD", "nfp", Person(last_name="Diallo", institution="Env")))
    committee = CoordinationService(workspace).save(MechanismInput("Committee"))
    reporting.ensure_seeded(today=date(2026, 1, 1))
    before = register.coverage()
    assert {"CITES", "CMS", "IPPC"} <= {c.instrument for c in before.cells}
    assert {"CITES", "IPPC"} <= {o.instrument for o in reporting.obligations()}
    assert "CMS-SPMS" in {f.id for f in nbsap.frameworks()}

    save_country(workspace, Country("Testland", excluded_instruments=("CITES", "CMS", "IPPC")))
    after = register.coverage()
    assert {c.instrument for c in after.cells}.isdisjoint({"CITES", "CMS", "IPPC"})
    assert after.total == before.total - 2 - 3 - 2  # their roles are no longer counted
    assert {o.instrument for o in reporting.obligations()}.isdisjoint({"CITES", "CMS", "IPPC"})
    assert [f.id for f in nbsap.frameworks()] == ["KMGBF", "RAMSAR-SP4", "SDG"]
    status = CoordinationService(workspace).status(committee)
    assert status.absent_instruments == ("CBD",)  # CITES has a holder but is not counted
    facts = " ".join(evidence_facts(workspace, ["focal_points", "reporting"], date(2026, 1, 2)))
    assert "CITES" not in facts and "CMS" not in facts
    assert f"of {after.total} roles filled" in facts

    save_country(workspace, Country("Testland"))  # joined again: everything comes back
    assert {o.instrument for o in reporting.obligations()} >= {"CITES", "IPPC"}
    assert register.get(cites.id).person.last_name == "Park"  # nothing was deleted


def test_alignment_to_a_hidden_framework_is_kept_but_not_counted(workspace):
    nbsap = NbsapService(workspace)
    (target,) = nbsap.add_targets([TargetInput("T1", "Migratory birds")])
    nbsap.set_alignment(
        target.id, "CMS-SPMS", nbsap.framework("CMS-SPMS").targets[0].id, Level.DIRECT
    )
    assert nbsap.unaligned() == []
    save_country(workspace, Country(excluded_instruments=("CMS",)))
    assert nbsap.alignments() == [] and [t.code for t in nbsap.unaligned()] == ["T1"]
    save_country(workspace, Country())
    assert len(nbsap.alignments()) == 1
