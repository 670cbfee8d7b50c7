"""The session layer: every user action, UI-free, as a typed outcome (see ARCHITECTURE.md)."""
