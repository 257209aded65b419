"""The Assessment page: option tree, answer form, history, rounds and autosave."""
