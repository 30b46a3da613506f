"""Modal screens: help, and the dialogs the browser opens."""
