"""Shipped and imported content: framework packs and reference data, validated on load."""
