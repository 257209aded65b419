"""Excel workbooks (openpyxl): one small writer per sheet, safe cells, atomic saves."""
