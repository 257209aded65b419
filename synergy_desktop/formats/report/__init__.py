"""The report of a round as a plain document model (no Qt, no file format): blocks in the
report's language that the Word writer (:mod:`synergy_desktop.formats.word`) and the PDF writer
(:mod:`synergy_desktop.ui.report`) lay out."""
