"""The worker pool of `ingest` with real processes: a job over its time or memory fails with the
reason, its worker is replaced and the next job runs (R6)."""

from __future__ import annotations

import os
import time

import pytest

from protokoll.workers import JobFailed, Limits, Pool, internal_reason


def test_jobs_run_in_other_processes_and_give_their_values():
    with Pool(Limits(seconds=60, megabytes=1024, jobs=2)) as pool:
        jobs = [pool.submit(pow, n, 2) for n in range(6)] + [pool.submit(os.getpid)]
        assert [pool.result(j) for j in jobs[:6]] == [0, 1, 4, 9, 16, 25]
        assert pool.result(jobs[6]) != os.getpid()
        assert len(pool.workers) <= 2


def test_a_job_over_its_time_is_stopped_and_the_next_one_runs():
    with Pool(Limits(seconds=0.5, megabytes=1024, jobs=1)) as pool:
        slow = pool.submit(time.sleep, 30)
        after = pool.submit(pow, 3, 3)
        started = time.monotonic()
        with pytest.raises(JobFailed) as err:
            pool.result(slow)
        assert str(err.value) == "took longer than 0.5 s (stopped)"
        assert time.monotonic() - started < 10
        assert pool.result(after) == 27


def test_a_job_over_its_memory_fails_with_the_limit_and_the_worker_is_replaced():
    with Pool(Limits(seconds=60, megabytes=300, jobs=1)) as pool:
        first = pool.result(pool.submit(os.getpid))
        big = pool.submit(bytearray, 400 * 1024 * 1024)
        with pytest.raises(JobFailed) as err:
            pool.result(big)
        assert str(err.value) == "needed more than 300 MB of memory (stopped)"
        assert pool.result(pool.submit(len, b"abc")) == 3
        assert pool.result(pool.submit(os.getpid)) != first  # a fresh worker
        assert len(bytes(pool.result(pool.submit(bytearray, 50 * 1024 * 1024)))) == 50 * 1024 * 1024


def test_a_worker_that_dies_fails_its_job_and_the_batch_goes_on():
    with Pool(Limits(seconds=60, megabytes=1024, jobs=1)) as pool:
        with pytest.raises(JobFailed) as err:
            pool.result(pool.submit(os.abort))
        assert str(err.value).startswith("reading stopped unexpectedly (signal SIGABRT)")
        assert pool.result(pool.submit(pow, 2, 10)) == 1024


def test_an_error_in_a_job_is_one_short_line():
    with Pool(Limits(seconds=60, megabytes=1024, jobs=1)) as pool:
        with pytest.raises(JobFailed) as err:
            pool.result(pool.submit(int, "x" * 500 + "\nsecond line"))
        assert str(err.value).startswith("internal error (ValueError: invalid literal for int()")
        assert "second line" not in str(err.value) and len(str(err.value)) < 200


def test_closing_the_pool_ends_its_workers():
    pool = Pool(Limits(seconds=60, megabytes=1024, jobs=2))
    pool.result(pool.submit(pow, 2, 2))
    procs = [w.proc for w in pool.workers]
    pool.close()
    assert procs and not any(p.is_alive() for p in procs)


def test_internal_reason_of_a_database_error_has_neither_statement_nor_values(sessions):
    from sqlalchemy import text

    secret = "Styrgruppen beslutade " * 50
    with sessions() as session:
        session.execute(text("CREATE TABLE probe (id INTEGER PRIMARY KEY, body VARCHAR(10) NOT NULL)"))
        session.commit()
        with pytest.raises(Exception) as err:
            session.execute(text("INSERT INTO probe (id, body) VALUES (1, :b), (1, :b)"), {"b": secret})
        session.rollback()
        session.execute(text("DROP TABLE probe"))
        session.commit()
    reason = internal_reason(err.value)
    assert reason.startswith("database error (")
    assert "INSERT" not in reason and "Styrgruppen" not in reason and "\n" not in reason


def test_a_job_whose_own_bytes_are_over_the_memory_fails_with_the_limit():
    """The worker runs out while it reads the job: the pool's send breaks (BrokenPipeError), and the
    job still fails with the worker's reason, not as an internal error."""
    with Pool(Limits(seconds=60, megabytes=300, jobs=1)) as pool:
        assert pool.result(pool.submit(len, b"warm")) == 4
        huge = pool.submit(len, bytes(500 * 1024 * 1024))
        with pytest.raises(JobFailed) as err:
            pool.result(huge)
        assert "300 MB" in str(err.value)
        assert pool.result(pool.submit(pow, 2, 5)) == 32


def test_a_busy_worker_is_sent_its_next_small_job_and_its_time_limit_runs_from_when_it_starts_it():
    """Sent ahead, a job waits in the pipe, not in the caller: the worker goes on while the caller is busy."""
    with Pool(Limits(seconds=1.5, megabytes=1024, jobs=1)) as pool:
        pool.result(pool.submit(pow, 2, 2))  # the worker is up
        first, second = pool.submit(time.sleep, 1.0), pool.submit(time.sleep, 1.0)
        assert [len(w.jobs) for w in pool.workers] == [2] and not pool.queue
        started = time.monotonic()
        while not second.done:  # the caller looks only now: the second ran right after the first
            time.sleep(0.1)
            pool.wait(second, 0.01)
        assert first.done and first.error is None and second.error is None, "each within its own 1.5 s"
        assert time.monotonic() - started < 3.0


def test_a_job_sent_ahead_to_a_worker_that_dies_runs_in_the_next_one(tmp_path):
    """The dying job dies only when the test says so (a file appears): had it died before the next job was
    sent, the worker would already be gone and nothing would be sent ahead (the outcome is the same; the test
    is of sending ahead). A fixed wait instead (0.5 s) fails whenever the caller is held up longer between
    its two submits, as on a loaded machine."""
    go = tmp_path / "go"
    with Pool(Limits(seconds=60, megabytes=1024, jobs=1)) as pool:
        pool.result(pool.submit(pow, 2, 2))
        dying = pool.submit(exec, f"import os, time\nwhile not os.path.exists({str(go)!r}): time.sleep(0.01)\n"
                                  "os.abort()")
        after = pool.submit(pow, 2, 10)
        assert [len(w.jobs) for w in pool.workers] == [2]
        go.touch()
        assert pool.result(after) == 1024
        with pytest.raises(JobFailed, match="signal SIGABRT"):
            pool.result(dying)


def test_a_job_of_other_than_plain_values_is_not_sent_ahead():
    """Its pickle may not fit the pipe: the caller would wait in ``send`` while the worker waits in its own."""
    with Pool(Limits(seconds=60, megabytes=1024, jobs=1)) as pool:
        pool.result(pool.submit(pow, 2, 2))
        busy, later = pool.submit(time.sleep, 0.5), pool.submit(len, [b"x" * 100] * 3)
        assert [len(w.jobs) for w in pool.workers] == [1] and list(pool.queue) == [later]
        assert pool.result(later) == 3 and busy.done


def test_a_worker_imports_no_database_layer():
    """What a worker runs (``protokoll.pipeline``: read, repair, parse, the stored form) imports neither
    SQLAlchemy nor the store package: half of what a worker imported before it could take its first file."""
    import subprocess
    import sys

    code = ("import sys, protokoll.pipeline; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy' or m.startswith('protokoll.store.')"
            " or m == 'protokoll.store'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert out.stdout.strip() == "[]"


def test_the_writing_process_imports_no_parser_and_the_workers_get_it_preloaded():
    """The writer of an ingest stores and links; repair and parse run in the workers, so importing what
    the writer runs loads neither (their code would only add to the writer's peak memory)."""
    import subprocess
    import sys

    from protokoll import workers

    code = ("import sys, protokoll.ingest, protokoll.pipeline, protokoll.store.db, protokoll.linking\n"
            "print(sorted(m for m in sys.modules if m.startswith(('protokoll.parse', 'protokoll.repair'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=os.environ)
    assert out.stdout.strip() == "[]"
    assert {"protokoll.parse", "protokoll.repair", "protokoll.parse.context"} <= set(workers.PRELOAD)


def test_a_worker_does_not_run_the_callers_script_again(tmp_path):
    """multiprocessing runs the main script again in each process it starts; a worker runs only the package's
    functions, so the script (and what it imports) is not run there: its import is a worker's CPU before its
    first file. The script's module is left as it was."""
    import subprocess
    import sys

    marks = tmp_path / "marks"
    script = tmp_path / "caller.py"
    script.write_text(
        "import os, sys\n"
        f"open({str(marks)!r}, 'a').write(__name__ + '\\n')\n"
        "from protokoll.workers import Limits, Pool\n"
        "if __name__ == '__main__':\n"
        "    with Pool(Limits(seconds=60, megabytes=1024, jobs=2)) as pool:\n"
        "        jobs = [pool.submit(os.getpid) for _ in range(4)]\n"
        "        print(len({pool.result(j) for j in jobs}) >= 1, sys.modules['__main__'].__spec__)\n")
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert out.stdout.split() == ["True", "None"]
    assert marks.read_text().split() == ["__main__"]
