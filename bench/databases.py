"""
Databases for the benchmark scripts: a PostgreSQL database made and dropped for a run, and
manage.py run on it in a subprocess with development settings.
"""

import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
MANAGE = ROOT / "manage.py"
DEFAULT_SERVER = "postgres://postgres@127.0.0.1:5432"


class SetupError(Exception):
    """Something the benchmark needs could not be set up."""


def server_url():
    return os.environ.get("BENCH_POSTGRES") or DEFAULT_SERVER


def database_url(server, name):
    """The server's URL with the database name as its path."""
    parts = urlsplit(server)
    return urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, ""))


def postgres_admin(server):
    """An autocommit connection to the server's maintenance database, postgres."""
    try:
        import psycopg
    except ImportError as error:
        raise SetupError(f"psycopg is not installed in this interpreter: {error}") from error
    url = database_url(server, "postgres").replace("postgres://", "postgresql://", 1)
    try:
        return psycopg.connect(url, autocommit=True, connect_timeout=10)
    except psycopg.Error as error:
        raise SetupError(f"cannot connect to PostgreSQL at {server}: {error}") from error


def drop_postgres(server, name, *, quiet=False):
    import psycopg
    from psycopg import sql

    try:
        with postgres_admin(server) as conn:
            try:
                conn.execute(
                    sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
                )
            except psycopg.errors.SyntaxError:  # PostgreSQL before 13
                conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
    except (SetupError, psycopg.Error) as error:
        if not quiet:
            raise SetupError(f"cannot drop database {name}: {error}") from error
        print(f"WARNING: could not drop database {name}: {error}", file=sys.stderr)


def create_postgres(server, name):
    import psycopg
    from psycopg import sql

    drop_postgres(server, name)
    try:
        with postgres_admin(server) as conn:
            conn.execute(
                sql.SQL("CREATE DATABASE {} ENCODING 'UTF8' TEMPLATE template0").format(
                    sql.Identifier(name)
                )
            )
            version = conn.execute("SHOW server_version").fetchone()[0]
    except psycopg.Error as error:
        raise SetupError(f"cannot create database {name}: {error}") from error
    return version


def child_env(url):
    env = dict(os.environ)
    env.update(
        DEBUG="1",
        DEMO_PASSWORD="bench-only",
        DATABASE_URL=url,
        DJANGO_SETTINGS_MODULE="perhekeskus.settings",
        # A shared cache (CACHE_URL=redis://…) would mix the databases' cached synonyms.
        CACHE_URL="locmem://",
        PYTHONUNBUFFERED="1",
    )
    return env


def run_python(url, args, what, *, tail_lines=25):
    """Run Python ARGS on the database's settings; raise SetupError with the output's tail."""
    done = subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=child_env(url),
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        output = (done.stdout + done.stderr).strip().splitlines()
        tail = "\n    ".join(output[-tail_lines:])
        raise SetupError(f"{what} failed ({done.returncode}):\n    {tail}")
    return done


def manage(url, *args):
    """Run manage.py ARGS on the database; returns how long it took in seconds."""
    started = time.perf_counter()
    run_python(url, [str(MANAGE), *args], f"manage.py {' '.join(args)}")
    return time.perf_counter() - started
