"""
Search quality benchmark: how well the portal's search finds the expected services for
labelled queries, compared with the plain icontains search it replaced.

For each database (a temporary SQLite file and a PostgreSQL database) and each query set,
it prints hit@5, mean reciprocal rank (MRR) and the zero-result rate per kind of query
(exact, inflected, compound, colloquial, typo, situation, swedish, english) and overall,
for "this search" (services.search) and for the "icontains baseline"
(services.search.evaluation.baseline_slugs). Then it prints the targets on PostgreSQL
(overall hit@5 >= 0.95, MRR >= 0.85, typo hit@5 >= 0.85) and whether each holds.

It sets up its own databases, so it runs on a fresh clone after ./dev setup:

    .venv/bin/python bench/search_quality.py                    # both databases, both sets
    .venv/bin/python bench/search_quality.py --database postgres --misses
    .venv/bin/python bench/search_quality.py --queries bench/search_queries_heldout.json

The SQLite database is a file in a temporary directory; the PostgreSQL database,
perhekeskus_bench_quality_PID (PID: this run's process id, so that runs at the same time
keep apart; a leftover of that name is dropped first), is created on the server of
BENCH_POSTGRES (default postgres://postgres@127.0.0.1:5432; the user needs CREATEDB) and
dropped at the end, also after Ctrl+C or SIGTERM. Each database gets `manage.py migrate` and `manage.py load_demo` (DEBUG=1,
DEMO_PASSWORD=bench-only), and the measuring runs in a subprocess of this script (the
hidden --worker mode) with DATABASE_URL pointing at it.

Exit status: 0 when the figures were printed (whether or not the targets hold), 1 when
setting up or measuring failed, 2 for bad arguments.
"""

import argparse
import json
import os
import platform
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

from databases import (  # bench/databases.py, beside this script
    DEFAULT_SERVER,
    ROOT,
    SetupError,
    child_env,
    create_postgres,
    database_url,
    drop_postgres,
    manage,
    run_python,
    server_url,
)

DEFAULT_QUERIES = [
    ROOT / "bench" / "search_queries.json",
    ROOT / "bench" / "search_queries_heldout.json",
]
# One database per run, so that runs at the same time do not drop each other's.
POSTGRES_NAME = f"perhekeskus_bench_quality_{os.getpid()}"
KINDS = ("exact", "inflected", "compound", "colloquial", "typo", "situation", "swedish", "english")
# (label, kind, attribute, minimum) on PostgreSQL, for every query set.
TARGETS = [
    ("overall hit@5", "overall", "hit_at_5", 0.95),
    ("overall MRR", "overall", "mrr", 0.85),
    ("typo hit@5", "typo", "hit_at_5", 0.85),
]


def prepare(label, url):
    """migrate and load_demo; print how long they took."""
    migrate = manage(url, "migrate", "--no-input", "-v", "0")
    demo = manage(url, "load_demo")
    print(f"  {label}: migrate {migrate:.1f} s, load_demo {demo:.1f} s", flush=True)


def run_worker(url, extra_args, result_file):
    """This script in --worker mode on the database; returns its JSON result."""
    script = str(Path(__file__).resolve())
    args = [script, "--worker", "--result", str(result_file), *extra_args]
    run_python(url, args, "the measuring subprocess", tail_lines=40)
    return json.loads(Path(result_file).read_text(encoding="utf-8"))


def machine_summary(sqlite_url):
    """Python, Django, SQLite and the Finnish analyser, read with Django set up."""
    os.environ.update(child_env(sqlite_url))
    sys.path.insert(0, str(ROOT))
    import sqlite3

    import django

    django.setup()
    from services.search.analysis import analyzer_name

    return {
        "python": platform.python_version(),
        "django": django.get_version(),
        "sqlite": sqlite3.sqlite_version,
        "analyzer": analyzer_name(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
    }


# --- Worker ----------------------------------------------------------------------------------


def worker(args):
    """Evaluate the query sets on the database of DATABASE_URL; write JSON to --result."""
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection

    from services.search.analysis import analyzer_name
    from services.search.evaluation import baseline_slugs, evaluate, load_queries, ranked_slugs

    result = {"vendor": connection.vendor, "analyzer": analyzer_name(), "sets": []}
    for path in args.queries:
        queries = load_queries(path)
        found = {}
        for label, ranker in (("search", ranked_slugs), ("baseline", baseline_slugs)):
            started = time.perf_counter()
            scores, misses = evaluate(queries, ranker)
            found[label] = {
                "seconds": time.perf_counter() - started,
                "scores": {
                    kind: {
                        "n": score.queries,
                        "hit_at_5": score.hit_at_5,
                        "mrr": score.mrr,
                        "zero_rate": score.zero_rate,
                    }
                    for kind, score in scores.items()
                },
                "misses": [
                    {
                        "q": q["q"],
                        "lang": q["lang"],
                        "kind": q["kind"],
                        "expect": q["expect"],
                        "got": got,
                    }
                    for q, got in misses
                ],
            }
        result["sets"].append({"path": str(path), "queries": len(queries), **found})
    Path(args.result).write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")


# --- Report ----------------------------------------------------------------------------------


def number(value):
    return f"{value:.2f}"


def print_table(database, found):
    name = (
        os.path.relpath(found["path"], Path.cwd())
        if os.path.isabs(found["path"])
        else found["path"]
    )
    print()
    print(f"{database} · {name} · {found['queries']} queries")
    print(
        f"  (this search {found['search']['seconds']:.1f} s, "
        f"icontains baseline {found['baseline']['seconds']:.1f} s)"
    )
    header = f"  {'kind':<11} {'n':>4}   {'hit@5':>5} {'MRR':>5} {'zero':>5}   {'hit@5':>5} {'MRR':>5} {'zero':>5}"
    print(f"  {'':<11} {'':>4}   {'this search':<17}   {'icontains baseline':<18}")
    print(header)
    print("  " + "-" * (len(header) - 2))
    for kind in (*KINDS, "overall"):
        ours = found["search"]["scores"].get(kind)
        base = found["baseline"]["scores"].get(kind)
        if ours is None:
            print(f"  {kind:<11} {0:>4}   {'-':>5} {'-':>5} {'-':>5}   {'-':>5} {'-':>5} {'-':>5}")
            continue
        if kind == "overall":
            print("  " + "-" * (len(header) - 2))
        print(
            f"  {kind:<11} {ours['n']:>4}   "
            f"{number(ours['hit_at_5']):>5} {number(ours['mrr']):>5} {number(ours['zero_rate']):>5}   "
            f"{number(base['hit_at_5']):>5} {number(base['mrr']):>5} {number(base['zero_rate']):>5}"
        )


def print_targets(results):
    print()
    print(
        "Targets (PostgreSQL, this search): overall hit@5 >= 0.95, MRR >= 0.85, typo hit@5 >= 0.85"
    )
    postgres = results.get("postgres")
    if postgres is None:
        print("  not checked: PostgreSQL was not measured (--database sqlite)")
        return
    for found in postgres["sets"]:
        print(f"  {Path(found['path']).name}:")
        for label, kind, attribute, minimum in TARGETS:
            score = found["search"]["scores"].get(kind)
            if score is None:
                print(f"    {label:<14} no queries of this kind")
                continue
            value = score[attribute]
            verdict = "holds" if value >= minimum else "FAILS"
            print(f"    {label:<14} {number(value)} (>= {minimum:.2f}): {verdict}")


def print_misses(results):
    for database, found_sets in results.items():
        for found in found_sets["sets"]:
            misses = found["search"]["misses"]
            print()
            print(
                f"Misses of this search · {database} · {Path(found['path']).name} · {len(misses)} of {found['queries']}"
            )
            if not misses:
                continue
            for miss in misses:
                got = ", ".join(miss["got"]) if miss["got"] else "(nothing)"
                print(f"  {miss['kind']:<11} {miss['lang']:<3} {miss['q']!r}")
                print(f"      expected: {', '.join(miss['expect'])}")
                print(f"      got:      {got}")


# --- Main ------------------------------------------------------------------------------------


def parse_args():
    parser = argparse.ArgumentParser(
        description=(
            "Search quality: hit@5, MRR and zero-result rate per kind of query, this search "
            "against the icontains baseline, on SQLite and PostgreSQL databases this script "
            "creates with the demo content. PostgreSQL server: env BENCH_POSTGRES "
            f"(default {DEFAULT_SERVER})."
        ),
    )
    parser.add_argument(
        "--database",
        choices=("sqlite", "postgres", "both"),
        default="both",
        help="the database(s) to measure on (default: both)",
    )
    parser.add_argument(
        "--queries",
        nargs="+",
        type=Path,
        metavar="FILE",
        default=DEFAULT_QUERIES,
        help="query sets (JSON lists of {q, lang, kind, expect}); default: "
        "bench/search_queries.json bench/search_queries_heldout.json",
    )
    parser.add_argument("--misses", action="store_true", help="list the queries this search missed")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--result", help=argparse.SUPPRESS)
    return parser.parse_args()


def stop(signum, frame):
    """SIGTERM ends the run as Ctrl+C does: through the finally that drops the database."""
    raise SystemExit(128 + signum)


def main():
    args = parse_args()
    signal.signal(signal.SIGTERM, stop)
    args.queries = [path.resolve() for path in args.queries]
    if args.worker:
        worker(args)
        return 0

    for path in args.queries:
        try:
            queries = json.loads(path.read_text(encoding="utf-8"))
            assert isinstance(queries, list) and all(
                {"q", "lang", "kind", "expect"} <= set(q) for q in queries
            )
        except (OSError, ValueError, AssertionError) as error:
            print(
                f"ERROR: {path} is not a readable query set: {error or 'bad format'}",
                file=sys.stderr,
            )
            return 1

    databases = ["sqlite", "postgres"] if args.database == "both" else [args.database]
    workdir = Path(tempfile.mkdtemp(prefix="perhekeskus-bench-quality-"))
    server = server_url()
    created_postgres = False
    started = time.perf_counter()
    results = {}
    try:
        sqlite_url = f"sqlite:///{workdir / 'bench.sqlite3'}"
        summary = machine_summary(sqlite_url)
        print("Search quality benchmark")
        print(
            f"  Python {summary['python']}, Django {summary['django']}, SQLite {summary['sqlite']}, "
            f"{summary['platform']}, {summary['cpus']} CPUs"
        )
        print(
            f"  Finnish analysis: {summary['analyzer']}"
            + (
                ""
                if summary["analyzer"] == "voikko"
                else " (Voikko is NOT available: Finnish search is degraded)"
            )
        )
        print(
            f"  query sets: {', '.join(str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else str(p) for p in args.queries)}"
        )
        print("Setting up databases:", flush=True)
        urls = {}
        if "sqlite" in databases:
            urls["sqlite"] = sqlite_url
            prepare("sqlite", sqlite_url)
        if "postgres" in databases:
            url = database_url(server, POSTGRES_NAME)
            created_postgres = True
            version = create_postgres(server, POSTGRES_NAME)
            urls["postgres"] = url
            prepare(f"postgres {version} ({POSTGRES_NAME})", url)
        for database, url in urls.items():
            print(f"Measuring on {database}…", flush=True)
            results[database] = run_worker(
                url, ["--queries", *map(str, args.queries)], workdir / f"{database}.json"
            )
            if results[database]["analyzer"] != summary["analyzer"]:
                print(f"WARNING: the worker analysed Finnish with {results[database]['analyzer']}")
    except SetupError as error:
        print(f"ERROR: {error}", file=sys.stderr)
        return 1
    finally:
        if created_postgres:
            drop_postgres(server, POSTGRES_NAME, quiet=True)
        shutil.rmtree(workdir, ignore_errors=True)

    for database, result in results.items():
        for found in result["sets"]:
            print_table(database, found)
    print_targets(results)
    if args.misses:
        print_misses(results)
    print()
    print(f"Done in {time.perf_counter() - started:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
