"""The Focal points page: the register, its dialogs and the coverage matrix."""
