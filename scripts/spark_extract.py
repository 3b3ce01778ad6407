#!/usr/bin/env python3
"""Run Warta over a folder of WARC files with Apache Spark and write the records as JSON Lines.

Each WARC file (.warc or .warc.gz) is read in a Spark task; its HTML response and resource records become
documents {"id", "url", "html"} written as JSON Lines into `warta extract - --output -` through RDD.pipe,
and the records that come back are saved with saveAsTextFile (one part file per partition).

    SPARK_LOCAL_IP=127.0.0.1 python3 scripts/spark_extract.py WARC_DIR OUTPUT_DIR --warta .build/release/warta

Needs pyspark (pip install pyspark) and Java 17; runs Spark in local mode on all cores unless --master says
otherwise.
"""
import argparse
import glob
import gzip
import json
import os
import sys


def warc_documents(path):
    """Yields one JSON line per HTML record of a WARC file (gzip members are read one after another)."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        while True:
            line = f.readline()
            if not line:
                return
            if not line.strip():
                continue
            if not line.startswith(b"WARC/"):
                raise ValueError(f"{path}: not a WARC record: {line[:40]!r}")
            headers = {}
            while True:
                h = f.readline()
                if not h or not h.strip():
                    break
                k, _, v = h.decode("utf-8", "replace").partition(":")
                headers[k.strip().lower()] = v.strip()
            block = f.read(int(headers.get("content-length", "0")))
            kind = headers.get("warc-type", "").lower()
            if kind not in ("response", "resource"):
                continue
            ctype = headers.get("content-type", "").lower()
            body = block
            if kind == "response" and "application/http" in ctype:
                head, _, body = block.partition(b"\r\n\r\n")
                http = {}
                for hl in head.split(b"\r\n")[1:]:
                    k, _, v = hl.decode("latin-1").partition(":")
                    http[k.strip().lower()] = v.strip()
                ctype = http.get("content-type", "").lower()
            if "html" not in ctype:
                continue
            rid = headers.get("warc-record-id", "").strip("<>").replace("urn:uuid:", "")
            yield json.dumps({"id": rid, "url": headers.get("warc-target-uri"),
                              "html": body.decode("utf-8", "replace")}, ensure_ascii=False)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("warc_dir", help="folder of .warc and .warc.gz files")
    ap.add_argument("output_dir", help="folder to write the records into (must not exist)")
    ap.add_argument("--warta", default="warta", help="the warta binary (default: warta on PATH)")
    ap.add_argument("--master", default="local[*]", help="Spark master (default: local[*])")
    args = ap.parse_args()

    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from pyspark import SparkConf, SparkContext

    files = sorted(glob.glob(os.path.join(args.warc_dir, "*.warc")) + glob.glob(os.path.join(args.warc_dir, "*.warc.gz")))
    if not files:
        sys.exit(f"no .warc or .warc.gz files in {args.warc_dir}")
    warta = os.path.abspath(args.warta) if os.path.sep in args.warta else args.warta
    sc = SparkContext(conf=SparkConf().setMaster(args.master).setAppName("warta-extract"))
    sc.setLogLevel("ERROR")
    try:
        documents = sc.parallelize(files, len(files)).flatMap(warc_documents)
        records = documents.pipe(f"{warta} extract - --output - --jobs 1 --no-progress")
        records.saveAsTextFile(args.output_dir)
        count = sc.textFile(args.output_dir).count()
        print(f"{len(files)} WARC files, {count} records written to {args.output_dir}")
    finally:
        sc.stop()


if __name__ == "__main__":
    main()
