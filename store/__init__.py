"""The commitment store: one human-readable TinyDB JSON file, safe against crashes and
concurrent writers. Knows the record schema (``commitments.records``); never imports spaCy."""
from commitments.store.db import IngestReport, Store, StoreError, default_db_path

__all__ = ["IngestReport", "Store", "StoreError", "default_db_path"]
