"""The terminal: the Textual browser, citations, the clipboard and the command line."""
import os

# Textual paints at most TEXTUAL_FPS frames a second (60 unless set), on a fixed grid, so
# a keystroke's result can wait most of a frame, or two, before it is shown. A browser
# you search as you type is judged by that wait; 120 halves it. A value the user set wins.
os.environ.setdefault("TEXTUAL_FPS", "120")
