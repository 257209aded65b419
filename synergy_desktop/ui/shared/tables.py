"""Table views of records: one row per record, selected whole, read-only, sized to content."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView


def record_table(model, *, sortable: bool = False) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(sortable)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    return view


def fit_columns(table: QTableView, widest: int) -> None:
    """Columns as wide as their content, but none wider than ``widest`` pixels."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for column in range(header.count() - 1):
        header.resizeSection(column, min(header.sectionSize(column), widest))
