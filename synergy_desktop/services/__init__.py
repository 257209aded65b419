"""Use cases over a workspace. Each call is one short transaction; results are plain objects."""
