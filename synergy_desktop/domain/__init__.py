"""Plain data and rules: no I/O, no Qt, no database."""
