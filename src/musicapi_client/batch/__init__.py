"""Batches: hundreds of generations, unattended, resumable after any crash, never paid twice.

>>> from musicapi_client import batch
>>> result = batch.run("jobs.jsonl", "out/", max_credits=3000)   # or: await batch.arun(...)
>>> result.counts, result.exit_code

``jobs.jsonl`` has one job per line (see :mod:`musicapi_client.batch._jobs`); ``out/``
receives ``batch.sqlite`` (the journal), ``manifest.jsonl`` and ``audio/``. Running the
same call again resumes: created tasks are awaited, missing downloads fetched, planned
jobs sent; a job whose create may have gone out is never sent again unless
``resubmit_unknown=True``. With a client given ``redis_url`` one batch runs on many workers
(each keeps its own record in its ``out/``); :func:`restore` rebuilds it in Redis from those
records when Redis lost it. The command line: ``musicapi batch run`` / ``status`` /
``restore``.
"""

from musicapi_client.batch._jobs import Job, JobFileError, load_jobs
from musicapi_client.batch._journal import STATES, Entry, Journal, JournalError
from musicapi_client.batch._manifest import MANIFEST, BatchError, write_manifest
from musicapi_client.batch._restore import RestoreResult, arestore, restore
from musicapi_client.batch._runner import BatchResult, arun, open_journal, run

__all__ = [
    "MANIFEST",
    "STATES",
    "BatchError",
    "BatchResult",
    "Entry",
    "Job",
    "JobFileError",
    "Journal",
    "JournalError",
    "RestoreResult",
    "arestore",
    "arun",
    "load_jobs",
    "open_journal",
    "restore",
    "run",
    "write_manifest",
]
