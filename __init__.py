"""Commitments: who pledges how much, to whom, by when.

The folders at the top of the checkout are this package's parts, in the order data flows:
``extract`` (documents to records, with spaCy), ``store`` (records in TinyDB files) and
``tui`` (the browser and the command line). ``seeds`` is the bundled sample corpus.
Beside them, ``records`` is the record schema they share, and ``ingest`` the one way
documents get into a store (read, extract, store, regroup), above both extract and store.
"""
