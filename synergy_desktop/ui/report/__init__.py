"""The report's Qt side: charts drawn to PNG, the PDF writer, and :func:`export_report` that the
File menu and the command line call."""
