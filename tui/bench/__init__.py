"""`commitments bench`: the speed users feel (ingest, browser start, search, memory),
each measured on this machine against a baseline taken in the same run."""
