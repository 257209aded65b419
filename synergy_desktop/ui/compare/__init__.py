"""Two rounds compared side by side (Assessment > Compare rounds…)."""
