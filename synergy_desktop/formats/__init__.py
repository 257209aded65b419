"""File formats the workspace is written to and read from, one folder per format."""
