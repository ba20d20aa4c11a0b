"""A throwaway PostgreSQL server for tests.

``pg_server`` (session) runs ``initdb`` and ``pg_ctl`` from Debian's
``/usr/lib/postgresql/*/bin`` in a temporary directory, on 127.0.0.1 and a
free port (as the ``postgres`` OS user when run as root: PostgreSQL refuses
root), and stops it at the end. ``pg_url`` gives each test a fresh database.
Set ``STANCETRACK_TEST_PG_URL`` to use an existing server instead (its user
must be allowed to create databases).

When no server can be had, the tests that need one are skipped with
"PostgreSQL not available: <reason>": never passed silently.
"""
from __future__ import annotations

import atexit
import glob
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
import uuid

import pytest

ENV_URL = "STANCETRACK_TEST_PG_URL"


class Unavailable(RuntimeError):
    pass


def _bindir() -> str:
    dirs = [d for d in glob.glob("/usr/lib/postgresql/*/bin") if os.path.isfile(os.path.join(d, "initdb"))]
    if dirs:
        return max(dirs, key=lambda d: [int(x) for x in re.findall(r"\d+", d)] or [0])
    found = shutil.which("initdb")
    if found:
        return os.path.dirname(found)
    raise Unavailable("initdb/pg_ctl not found (Debian: apt-get install postgresql)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, admin_url: str, stop=None):
        self.admin_url = admin_url  # a URL of a database we may CREATE DATABASE from
        self._stop = stop

    def new_database(self) -> str:
        import psycopg2
        from sqlalchemy.engine import make_url

        name = "ws_" + uuid.uuid4().hex[:12]
        conn = psycopg2.connect(make_url(self.admin_url).set(drivername="postgresql").render_as_string(False))
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute(f'CREATE DATABASE "{name}"')
        conn.close()
        return make_url(self.admin_url).set(database=name).render_as_string(hide_password=False)

    def drop_database(self, url: str) -> None:
        import psycopg2
        from sqlalchemy.engine import make_url

        name = make_url(url).database
        conn = psycopg2.connect(make_url(self.admin_url).set(drivername="postgresql").render_as_string(False))
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.close()

    def stop(self) -> None:
        if self._stop:
            self._stop()
            self._stop = None


def start_server() -> Server:
    """Start a private cluster, or use $STANCETRACK_TEST_PG_URL; raises Unavailable with the reason."""
    if os.environ.get(ENV_URL):
        return Server(os.environ[ENV_URL])
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        raise Unavailable("the psycopg2 driver is not installed") from None
    bindir = _bindir()
    as_user: list[str] = []
    owner = None
    if os.geteuid() == 0:
        import pwd

        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            raise Unavailable("running as root and there is no 'postgres' OS user to run the server") from None
        runner = shutil.which("runuser") or shutil.which("su")
        if runner is None:
            raise Unavailable("running as root and neither runuser nor su is available")
        as_user = [runner, "-u", "postgres", "--"] if runner.endswith("runuser") else None
    base = tempfile.mkdtemp(prefix="stancetrack-pg-")
    os.chmod(base, 0o755)
    data = os.path.join(base, "data")
    log = os.path.join(base, "server.log")
    if owner is not None:
        os.chown(base, owner.pw_uid, owner.pw_gid)

    def run(args, timeout=60):
        if as_user is None:  # su
            import shlex

            cmd = ["su", "postgres", "-s", "/bin/sh", "-c", " ".join(shlex.quote(a) for a in args)]
        else:
            cmd = as_user + args
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=base)

    def cleanup():
        shutil.rmtree(base, ignore_errors=True)

    r = run([os.path.join(bindir, "initdb"), "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8",
             "--locale=C", "--no-sync"])
    if r.returncode != 0:
        cleanup()
        raise Unavailable(f"initdb failed: {(r.stderr or r.stdout).strip().splitlines()[-1:]}")
    port = None
    for _ in range(3):
        port = _free_port()
        opts = (f"-h 127.0.0.1 -p {port} -k {base} -F -c fsync=off -c synchronous_commit=off "
                f"-c full_page_writes=off -c max_connections=200")
        r = run([os.path.join(bindir, "pg_ctl"), "-D", data, "-l", log, "-w", "-t", "60", "-o", opts, "start"],
                timeout=90)
        if r.returncode == 0:
            break
    else:
        tail = open(log).read()[-400:] if os.path.exists(log) else (r.stderr or r.stdout)
        cleanup()
        raise Unavailable(f"the server did not start: {tail.strip()}")

    def stop():
        run([os.path.join(bindir, "pg_ctl"), "-D", data, "-m", "immediate", "-w", "stop"], timeout=60)
        cleanup()

    atexit.register(lambda: server.stop())
    server = Server(f"postgresql://postgres@127.0.0.1:{port}/postgres", stop)
    return server


@pytest.fixture(scope="session")
def pg_server():
    t0 = time.monotonic()
    try:
        server = start_server()
    except (Unavailable, OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"PostgreSQL not available: {exc}")
    server.started_in = time.monotonic() - t0
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server):
    """A fresh, empty PostgreSQL database for one test."""
    from stancetrack import workspace

    url = pg_server.new_database()
    yield url
    workspace.dispose(url)
    pg_server.drop_database(url)
