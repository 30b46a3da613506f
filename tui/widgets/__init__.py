"""The browser's panes, one widget per module."""
