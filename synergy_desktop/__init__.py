"""Synergy Desktop: national self-assessment of synergies among biodiversity conventions."""

__version__ = "0.1.0"
