"""The terminal: the Textual browser, citations, the clipboard and the command line."""
