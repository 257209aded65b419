"""The Reporting calendar page: obligations, datasets and the timeline."""
