"""Word documents (python-docx): the report, with built-in styles, right-to-left and East Asian
text marked, charts as pictures, written atomically."""
